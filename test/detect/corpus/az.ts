// Azerbaijani (an extra language): APA, Report.az style; case endings glued to the name, front-vowel forms with ə.
export default [
  '[[kazakhstan:Qazaxıstan]] Prezidenti [[tokayev:Kasım-Jomart Tokayev]] Bakıya rəsmi səfərə gəlib.',
  'Prezident İlham Əliyev [[tokayev:Tokayevə]] təbrik məktubu göndərib.',
  '[[kazakhstan:Qazaxıstanda]] yeni neft yatağı aşkar edilib.',
  '[[kazakhstan:Qazaxıstanın]] xarici işlər naziri Bakıda danışıqlar aparıb.',
  'Azərbaycan [[sco:Şanxay Əməkdaşlıq Təşkilatında]] dialoq tərəfdaşıdır.',
  '[[sco:ŞƏT]] sammiti Tyanszində keçirilib.',
  '{{Kazan}} şəhərində görüş keçirilib.',
  '{{Şanxay}} birjası yüksəlişlə bağlanıb.',
];
