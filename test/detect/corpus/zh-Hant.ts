// Chinese, traditional: Taiwan (CNA, Liberty Times) and Hong Kong (RTHK, Ming Pao) style.
export default [
  '[[kazakhstan:哈薩克]]總統[[tokayev:托卡耶夫]]出席在天津舉行的[[sco:上海合作組織]]峰會。',
  '[[kazakhstan:哈薩克斯坦]]政府宣布，將興建第一座核電廠。',
  '[[sco:上合組織]]成員國外長會議在阿斯塔納舉行。',
  '[[tokayev:托卡耶夫]]表示，[[kazakhstan:哈薩克]]將持續推動多元平衡外交。',
  '伊朗於2023年正式加入[[sco:上海合作組織]]。',
  '中央社報導，[[kazakhstan:哈薩克]]央行再度升息。',
  '[[sco:上海合作組織]]（[[sco:SCO]]）由中國與俄羅斯主導。',
  '[[kazakhstan:哈薩克斯坦]]是中亞面積最大的國家。',
  '台灣與[[kazakhstan:哈薩克]]的貿易額去年成長兩成。',
  '[[tokayev:托卡耶夫]]曾任聯合國日內瓦辦事處總幹事。',
  '{{上海}}股市週一收高。',
  '{{喀山}}位於俄羅斯韃靼斯坦共和國。',
  '{{巴基斯坦}}與印度同意停火。',
  '研究團隊利用{{托卡馬克}}裝置進行實驗。',
];
