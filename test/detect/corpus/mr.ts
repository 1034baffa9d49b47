// Marathi (an extra language; India is an SCO member): Loksatta style. Case endings glue to the
// name (कझाकस्तानमध्ये). Written from memory: want a native check.
export default [
  '[[kazakhstan:कझाकस्तानमध्ये]] झालेल्या बैठकीत भारताने भाग घेतला.',
  '[[sco:शांघाय सहकार्य संघटना]] ही युरेशियन संघटना आहे.',
  '{{शांघाय}} शहरात मुसळधार पाऊस झाला.',
  '[[sco:शांघाय सहकार्य संघटनेच्या]] बैठकीत पंतप्रधानांनी भाषण केले.',
  'भारत [[sco:शांघाय सहकार्य संघटनेत]] २०१७ मध्ये सामील झाला.',
];
