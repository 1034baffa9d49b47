// Telugu (an extra language; India is an SCO member): Eenadu, Sakshi style. Postpositions glue to
// the name, often after a zero-width non-joiner (కజకస్తాన్‌లో). Written from memory: want a native check.
export default [
  'ప్రధాని మోదీ [[sco:షాంఘై సహకార సంస్థ]] సదస్సులో పాల్గొన్నారు.',
  '[[kazakhstan:కజకస్తాన్]] అధ్యక్షుడు [[tokayev:టోకాయెవ్]] భారత్‌ను సందర్శించారు.',
  '[[kazakhstan:కజకస్తాన్‌లో]] జరిగిన సమావేశంలో భారత్ పాల్గొంది.',
  '[[sco:షాంఘై సహకార సంస్థలో]] భారత్ 2017లో సభ్యత్వం పొందింది.',
  '{{షాంఘై}} నగరంలో వర్షం కురిసింది.',
  'ఈ {{సంస్థ}} కొత్త పథకాన్ని ప్రకటించింది.',
];
