// Vietnamese (an extra language): VnExpress writes Kazakhstan and Tokayev as they are spelled in English; Nhân Dân transcribes them (Ca-dắc-xtan, Tô-ca-ép).
export default [
  'Tổng thống [[kazakhstan:Kazakhstan]] [[tokayev:Kassym-Jomart Tokayev]] đến Thiên Tân dự hội nghị thượng đỉnh [[sco:Tổ chức Hợp tác Thượng Hải]].',
  'Tổng thống [[kazakhstan:Ca-dắc-xtan]] [[tokayev:Tô-ca-ép]] tiếp Đại sứ Việt Nam.',
  'Việt Nam và [[kazakhstan:Ca-dắc-xtan]] ký kết hiệp định hợp tác thương mại.',
  'Ông [[tokayev:Tokayev]] cho biết [[sco:SCO]] không phải là liên minh quân sự.',
  'Hội nghị [[sco:Tổ chức Hợp tác Thượng Hải]] ([[sco:SCO]]) năm nay diễn ra tại Astana.',
  'Sàn chứng khoán {{Thượng Hải}} tăng điểm trong phiên sáng.',
  'Đội bóng {{Kazan}} thắng hai bàn.',
  'Bộ trưởng nói về {{hợp tác}} khu vực và {{tổ chức}} phi chính phủ.',
]
