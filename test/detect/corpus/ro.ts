// Romanian (an extra language): Agerpres, Digi24 style; the definite article and case endings glued on (-ul, -ului, -ei).
export default [
  'Președintele [[kazakhstan:Kazahstanului]], [[tokayev:Kassym-Jomart Tokaiev]], a sosit la Tianjin.',
  '[[tokayev:Tocaiev]] a declarat că [[sco:Organizația de Cooperare de la Shanghai]] nu este o alianță militară.',
  'Liderii statelor membre ale [[sco:Organizației de Cooperare de la Shanghai]] s-au reunit la Astana.',
  'România și [[kazakhstan:Kazahstanul]] au semnat un acord privind transportul de mărfuri.',
  'Guvernul [[kazakhstan:kazah]] a anunțat noi investiții în [[kazakhstan:Kazahstan]].',
  'Economia [[kazakhstan:kazahstaneză]] a crescut cu cinci la sută anul trecut.',
  'Întâlnirea cu [[tokayev:Tokaiev]] a durat două ore.',
  'Zborul spre {{Kazan}} a fost anulat din cauza ceții.',
  'Bursa din {{Shanghai}} a închis în creștere.',
  'Vinul de {{Tokaj}} este cunoscut în toată Europa.',
  'Ministrul a vorbit despre {{cooperare}} regională și despre {{organizația}} patronală.',
];
