/**
 * The one-year LPR table, the same text as examples/lpr.yaml (a test holds them equal byte for byte),
 * shipped in the build so an import needs no file. Edit the example and copy it here.
 */
export const LPR_YAML = `# The one-year Loan Prime Rate (一年期贷款市场报价利率, LPR) of China, by the day each value took effect.
# 一年期贷款市场报价利率（LPR），按每次报价生效日列出。
#
# Published by the National Interbank Funding Center, authorised by the People's Bank of China, on the
# 20th of each month (the next working day when the 20th is not one), since the reform of 20 August 2019.
# Only the values that changed are listed: a value stays in force until the next one. Private lending is
# capped at four times the value in force on the contract date (民间借贷规定 (2020) 第二十五条), so
# \`dunwell import\` reads this table at each private loan's opening date.
# 全国银行间同业拆借中心受中国人民银行授权每月 20 日公布；仅列出变动的报价，每个报价在下次变动前有效。
#
# Add a value when the rate changes. "checked_through" is the last publication these values were checked
# against; months after it are assumed unchanged until someone adds them [check].
series: one_year
citation: 中国人民银行授权全国银行间同业拆借中心公布的贷款市场报价利率（LPR） / the LPR published by the National Interbank Funding Center (NIFC), authorised by the PBOC
checked_through: '2025-05-20'
values:
  - { from: '2019-08-20', percent: '4.25' }
  - { from: '2019-09-20', percent: '4.20' }
  - { from: '2019-11-20', percent: '4.15' }
  - { from: '2020-02-20', percent: '4.05' }
  - { from: '2020-04-20', percent: '3.85' }
  - { from: '2021-12-20', percent: '3.80' }
  - { from: '2022-01-20', percent: '3.70' }
  - { from: '2022-08-22', percent: '3.65' }
  - { from: '2023-06-20', percent: '3.55' }
  - { from: '2023-08-21', percent: '3.45' }
  - { from: '2024-07-22', percent: '3.35' }
  - { from: '2024-10-21', percent: '3.10' }
  - { from: '2025-05-20', percent: '3.00' }
`;
