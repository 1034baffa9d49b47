// Finnish (an extra language): Yle, Helsingin Sanomat style; the case endings glued to a name, with the linking -i- after a consonant.
export default [
  '[[kazakhstan:Kazakstanin]] presidentti [[tokayev:Kassym-Žomart Tokajev]] saapui Tianjiniin.',
  '[[kazakhstan:Kazakstanissa]] järjestetään ensi vuonna kansanäänestys ydinvoimalasta.',
  'Suomalaisyritys vie [[kazakhstan:Kazakstaniin]] metsäkoneita.',
  'Öljy virtaa [[kazakhstan:Kazakstanista]] Kiinaan putkea pitkin.',
  '[[tokayev:Tokajevin]] mukaan [[sco:Shanghain yhteistyöjärjestö]] ei ole sotilasliitto.',
  'Ulkoministeri soitti [[tokayev:Tokajeville]] tiistaina.',
  '[[kazakhstan:Kazakstanilla]] on pitkä raja Venäjän kanssa.',
  'Kokous pidettiin {{Kazanissa}} Venäjällä.',
  'Pörssi {{Shanghaissa}} sulkeutui nousuun.',
  'Hän osti {{Tokaji}}-viiniä Unkarista.',
]
