// Polish (an extra language): PAP, Rzeczpospolita style; seven cases.
export default [
  'Prezydent [[kazakhstan:Kazachstanu]] [[tokayev:Kasym-Żomart Tokajew]] przybył do Tianjinu na szczyt [[sco:Szanghajskiej Organizacji Współpracy]].',
  '[[tokayev:Tokajew]] powiedział, że [[sco:SCO]] nie jest sojuszem wojskowym.',
  'W [[kazakhstan:Kazachstanie]] odbyło się referendum w sprawie elektrowni jądrowej.',
  'Rząd [[kazakhstan:kazachski]] ogłosił nowe inwestycje.',
  'Polska i [[kazakhstan:Kazachstan]] podpisały umowę o współpracy.',
  'Spotkanie z [[tokayev:Tokajewem]] trwało dwie godziny.',
  '[[sco:Szanghajska Organizacja Współpracy]] powstała w 2001 roku.',
  'Lot do {{Kazania}} został odwołany.',
  'Giełda w {{Szanghaju}} zamknęła się wzrostami.',
];
