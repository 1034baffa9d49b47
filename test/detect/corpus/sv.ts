// Swedish (an extra language): SVT, Dagens Nyheter style; the organisation's name is one compound word, definite -en and genitive -s glued on.
export default [
  '[[kazakhstan:Kazakstans]] president [[tokayev:Kassym-Zjomart Tokajev]] anlände till Tianjin.',
  'Ledarna för [[sco:Shanghaisamarbetsorganisationen]] möttes i Astana.',
  '[[sco:Shanghai-samarbetsorganisationens]] generalsekreterare höll ett tal.',
  'Sverige och [[kazakhstan:Kazakstan]] undertecknade ett avtal om handel.',
  'Den [[kazakhstan:kazakiska]] regeringen meddelade nya investeringar.',
  '[[tokayev:Tokajev]] sade att [[sco:SCO]] inte är en militärallians.',
  'Flyget till {{Kazan}} ställdes in på grund av dimma.',
  'Börsen i {{Shanghai}} steg under dagen.',
  'Ett {{samarbetsorganisation}} för nordiska hamnar bildades.',
]
