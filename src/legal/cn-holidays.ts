/**
 * The `cn` holiday calendar, the same text as examples/holidays/cn.yaml (a test holds them equal byte for
 * byte), shipped in the build so the limitation clock needs no file. Edit the example and copy it here.
 */
export const CN_HOLIDAYS_YAML = `# Dunwell holiday calendar \`cn\`: the days off and the make-up working days of the People's Republic of China.
# Dunwell 节假日日历 \`cn\`：中华人民共和国的放假日与调休上班日。
#
# A limitation period whose last day is a statutory holiday or a rest day ends on the first working day
# after it (《民法典》第二百零三条). Saturdays and Sundays are rest days unless the year's arrangement makes one a
# working day (调休上班); each year's days off are the State Council's arrangement for that year.
# 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。周六、周日为休息日，调休上班的除外。
#
# \`published\`: the State Council General Office's notice for the year, make-up working days included.
# \`provisional\`: the statutory days of 《全国年节及纪念日放假办法》 only, before the year's notice is out:
# the notice adds bridge days and make-up days, so replace the year when it is published (usually in
# November of the year before). "[check]" marks a year written from memory to confirm against the notice.
# published：当年国务院办公厅通知（含调休）；provisional：仅含放假办法规定的法定节日，通知发布后应替换。
calendar: cn
title:
  zh-CN: 中国法定节假日与调休
  en: Public holidays and make-up working days in China
citation: 《全国年节及纪念日放假办法》（2024 年修订）；国务院办公厅每年发布的部分节假日安排的通知
weekends_off: true

years:
  - year: 2023
    source: 国务院办公厅关于2023年部分节假日安排的通知
    status: published
    days_off:
      - { name: 元旦 New Year's Day, from: '2022-12-31', to: '2023-01-02' }
      - { name: 春节 Spring Festival, from: '2023-01-21', to: '2023-01-27' }
      - { name: 清明节 Qingming, from: '2023-04-05', to: '2023-04-05' }
      - { name: 劳动节 Labour Day, from: '2023-04-29', to: '2023-05-03' }
      - { name: 端午节 Dragon Boat Festival, from: '2023-06-22', to: '2023-06-24' }
      - { name: 中秋节、国庆节 Mid-Autumn and National Day, from: '2023-09-29', to: '2023-10-06' }
    working_days: ['2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08']

  - year: 2024
    source: 国务院办公厅关于2024年部分节假日安排的通知
    status: published
    days_off:
      - { name: 元旦 New Year's Day, from: '2023-12-30', to: '2024-01-01' }
      - { name: 春节 Spring Festival, from: '2024-02-10', to: '2024-02-17' }
      - { name: 清明节 Qingming, from: '2024-04-04', to: '2024-04-06' }
      - { name: 劳动节 Labour Day, from: '2024-05-01', to: '2024-05-05' }
      - { name: 端午节 Dragon Boat Festival, from: '2024-06-08', to: '2024-06-10' }
      - { name: 中秋节 Mid-Autumn Festival, from: '2024-09-15', to: '2024-09-17' }
      - { name: 国庆节 National Day, from: '2024-10-01', to: '2024-10-07' }
    working_days: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']

  # From 2025 the 2024 revision of the 放假办法 adds New Year's Eve of the lunar calendar and 2 May.
  - year: 2025
    source: 国务院办公厅关于2025年部分节假日安排的通知
    status: published
    days_off:
      - { name: 元旦 New Year's Day, from: '2025-01-01', to: '2025-01-01' }
      - { name: 春节 Spring Festival, from: '2025-01-28', to: '2025-02-04' }
      - { name: 清明节 Qingming, from: '2025-04-04', to: '2025-04-06' }
      - { name: 劳动节 Labour Day, from: '2025-05-01', to: '2025-05-05' }
      - { name: 端午节 Dragon Boat Festival, from: '2025-05-31', to: '2025-06-02' }
      - { name: 国庆节、中秋节 National Day and Mid-Autumn, from: '2025-10-01', to: '2025-10-08' }
    working_days: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']

  - year: 2026
    source: 国务院办公厅关于2026年部分节假日安排的通知 [check]
    status: published
    days_off:
      - { name: 元旦 New Year's Day, from: '2026-01-01', to: '2026-01-03' }
      - { name: 春节 Spring Festival, from: '2026-02-15', to: '2026-02-23' }
      - { name: 清明节 Qingming, from: '2026-04-04', to: '2026-04-06' }
      - { name: 劳动节 Labour Day, from: '2026-05-01', to: '2026-05-05' }
      - { name: 端午节 Dragon Boat Festival, from: '2026-06-19', to: '2026-06-21' }
      - { name: 中秋节 Mid-Autumn Festival, from: '2026-09-25', to: '2026-09-27' }
      - { name: 国庆节 National Day, from: '2026-10-01', to: '2026-10-07' }
    working_days: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']

  # Not published yet: the statutory days alone (lunar dates: Spring Festival 6 February, Dragon Boat
  # 9 June, Mid-Autumn 15 September; Qingming 5 April).
  - year: 2027
    source: 《全国年节及纪念日放假办法》（2024 年修订）第二条 — the year's notice is not out yet [check]
    status: provisional
    days_off:
      - { name: 元旦 New Year's Day, from: '2027-01-01', to: '2027-01-01' }
      - { name: 春节 Spring Festival, from: '2027-02-05', to: '2027-02-08' }
      - { name: 清明节 Qingming, from: '2027-04-05', to: '2027-04-05' }
      - { name: 劳动节 Labour Day, from: '2027-05-01', to: '2027-05-02' }
      - { name: 端午节 Dragon Boat Festival, from: '2027-06-09', to: '2027-06-09' }
      - { name: 中秋节 Mid-Autumn Festival, from: '2027-09-15', to: '2027-09-15' }
      - { name: 国庆节 National Day, from: '2027-10-01', to: '2027-10-03' }
    working_days: []
`;
