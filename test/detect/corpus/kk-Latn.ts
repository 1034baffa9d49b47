// Kazakh in the Latin alphabet (2021 standard), as some portals already publish.
export default [
  '[[kazakhstan:Qazaqstan]] Prezidenti [[tokayev:Qasym-Jomart Toqaev]] Tıanjın qalasyndaǵy [[sco:Shanhai yntymaqtastyq uiymy]] sammitine qatysty.',
  '[[kazakhstan:Qazaqstannyń]] syrtqy saıasaty kópvektorly bolyp qala beredi.',
  '[[tokayev:Toqaevtyń]] aıtýynsha, reformalar jalǵasady.',
  '[[kazakhstan:Qazaqstanǵa]] Qytaıdan ınvestısıa kelip jatyr.',
  '[[kazakhstan:Qazaqstanda]] ınflıasıa tómendedi.',
  '[[kazakhstan:Qazaq]] halqy Naýryz merekesin toılady.',
  'Memleket basshysy [[tokayev:Toqaev]] jańa zańǵa qol qoıdy.',
  '{{Qazan}} qalasynda kórme ashyldy.',
  '{{Pákistan}} delegasıasy Astanaǵa keldi.',
  '[[kazakhstan:Qazaqstannan]] Qytaıǵa bıdaı eksporty ósti.',
  'Prezident [[tokayev:Toqaevqa]] quttyqtaý hat joldady.',
  '[[kazakhstan:Qazaqstandyq]] kásipkerler forýmǵa qatysty.',
  '[[sco:ShYU]] sammıti Astanada ótti.',
];
