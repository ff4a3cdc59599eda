/**
 * The language guard's lexicon as shipped: the text of examples/compliance-lexicon.yaml, byte for byte (a
 * test holds them equal). Edit the YAML file and copy it here. It is parsed and checked once, the first
 * time a text is linted.
 */
import { type LanguageGuard, languageGuard } from '../domain/compliance/language-guard.js';
import { parseLexicon } from './lexicon-file.js';

export const DEFAULT_LEXICON_YAML = `# Dunwell language guard lexicon: the wording the guard refuses in outgoing texts and notes, in Chinese
# and English, each rule with its category and its reason in both languages.
# Dunwell 语言检查词库：外发文本和备注中禁止使用的措辞（中英文），每条规则注明类别和中英文理由。
#
# A rule has
#   phrases    words or phrases. Case, full-width forms and the spaces or symbols someone puts between
#              Chinese characters (法 院, 法-院) do not matter. English is matched as whole words ("sue" is
#              not found in "issue"), contractions read as written out (we'll = we will, can't = can not),
#              and a * at the end of a word takes any ending (idiot* = idiot, idiots, idiotic). A phrase
#              never spans a comma or a sentence end.
#   sequences  groups of phrases found in this order, each group's phrase within \`gap\` words (a Chinese
#              character counts as one word) after the previous one, in one sentence: 立即 … 全部还清.
#   except     lawful wording around a match: a match that shares a word with one of these is not a
#              finding (不会起诉, "will not sue", "never ask you to borrow").
#   when       to_third_party: only for a text addressed to someone who does not owe the debt;
#              time_barred: only for a debt past its limitation period.
#
# Category codes: insult, threat, intimidation, impersonation, false_legal_threat,
# third_party_disclosure, pressure. Test a change with \`dunwell compliance lint --json < text.txt\`; the
# tests hold every shipped template and a corpus of lawful wording clean, so run them after every edit.
version: 1
rules:
  # ── Insults ────────────────────────────────────────────────────────────────────────────────────────
  - id: insult_words
    category: insult
    reason:
      zh-CN: 侮辱、贬低对方人格的用语，催收中一律禁止。
      en: Words that insult or demean the person; never allowed in collection.
    phrases:
      - 老赖
      - 骗子
      - 废物
      - 窝囊废
      - 人渣
      - 败类
      - 王八蛋
      - 混蛋
      - 畜生
      - 畜牲
      - 不要脸
      - 没脸没皮
      - 死皮赖脸
      - 穷鬼
      - 穷光蛋
      - 贱人
      - 贱骨头
      - 下贱
      - 傻逼
      - 傻b
      - 傻x
      - 煞笔
      - sb
      - 脑残
      - 白痴
      - 蠢货
      - 蠢猪
      - 孬种
      - 缩头乌龟
      - 狗东西
      - 狗杂种
      - 猪狗不如
      - 丢人现眼
      - 去死
      - 无赖
      - 赖皮
      - 赖账的
      - 没良心
      - 他妈的
      - 你妈的
      - tmd
      - 操你
      - 滚蛋
      - 寄生虫
      - 要饭的
      - 社会渣滓
      - 垃圾
      - 没用的东西
      - 算什么男人
      - 还算个男人
      - 还是不是人
      - 无耻
      - 活着有什么用
      - 还有脸
      - 有什么脸
      - idiot*
      - stupid
      - moron*
      - loser*
      - scum*
      - deadbeat*
      - lowlife*
      - low life
      - worthless
      - pathetic
      - liar*
      - thief
      - thieves
      - crook
      - crooks
      - bastard*
      - bitch*
      - fuck*
      - shit*
      - asshole*
      - dumbass*
      - dimwit*
      - parasite*
      - freeloader*
      - sponger*
      - leech
      - con artist
      - good for nothing
      - piece of trash
      - piece of garbage
      - shame on you
      - you should be ashamed
      - you are a disgrace
      - you are a fraud
      - you are a cheat
      - you people
      - waste of space
      - useless
      - bum
      - coward*
      - grow up
      - a disgrace to
    except:
      - 谨防骗子
      - 警惕骗子
      - 小心骗子
      - 骗子冒充
      - 垃圾短信
      - 垃圾邮件
      - 垃圾分类

  # ── Threats: violence, harm to family, public exposure ─────────────────────────────────────────────
  - id: threat_violence
    category: threat
    reason:
      zh-CN: 以暴力或伤害相威胁，属于法律明令禁止的暴力、威胁催收。
      en: A threat of violence or harm; threatening violence is forbidden in collection.
    phrases:
      - 杀了你
      - 杀你全家
      - 弄死你
      - 打死你
      - 砍死你
      - 捅死你
      - 整死你
      - 打断你的腿
      - 打断你腿
      - 卸你一条腿
      - 废了你
      - 要你的命
      - 要你命
      - 找人收拾你
      - 收拾你
      - 找人砍你
      - 找人打你
      - 揍你
      - 打你一顿
      - 烧你家
      - 泼油漆
      - 泼漆
      - 砸你家
      - 砸了你家
      - 让你生不如死
      - 不得好死
      - kill you
      - kill your
      - hurt you
      - beat you
      - break your legs
      - break your arm*
      - break your neck
      - smash your
      - burn your house
      - burn down your
      - shoot you
      - stab you
      - you will get hurt
      - rough you up
      - pay with your life
      - you are dead
      - watch your back
      - something bad will happen
      - something happened to
      - something happens to
      - something could happen
      - something might happen
      - make you pay
      - one way or another
    sequences:
      - gap: 6
        groups:
          - [你家人, 你的家人, 你老婆, 你老公, 你孩子, 你的孩子, 你儿子, 你女儿, 你父母, 你爸妈, 家里人, 你全家]
          - [小心点, 出事, 出点事, 遭殃, 倒霉, 不安全, 付出代价, 有好果子吃]
      - gap: 8
        groups:
          - [小心, 当心]
          - [意外, 出事, 出点事, 出什么事, 磕着碰着]
      - gap: 4
        groups:
          - [出门, 走路, 走夜路, 晚上回家, 下班路上]
          - [看着点, 小心点, 当心点, 注意点]
      - gap: 4
        groups:
          - [your wife, your husband, your kids, your children, your son, your daughter, your family, your mother, your father, your parents]
          - [get hurt, be hurt, will suffer, pay for this, pay the price, in danger, not be safe, be sorry, something happen]

  - id: threat_exposure
    category: threat
    reason:
      zh-CN: 以公开曝光、告知其亲友或单位相威胁，属于禁止的威胁和泄露隐私行为。
      en: A threat to expose the person publicly or to tell their family, friends or employer; forbidden.
    phrases:
      - 曝光你
      - 把你曝光
      - 公开曝光
      - 曝光到网上
      - 挂到网上
      - 挂在网上
      - 发到网上
      - 发朋友圈
      - 发到朋友圈
      - 爆通讯录
      - 爆你通讯录
      - 打给你所有联系人
      - 通知你所有联系人
      - 告诉你所有亲友
      - 通知你的亲友
      - 通知你亲友
      - 通知你单位
      - 告诉你单位
      - 通知你们单位
      - 找你领导
      - 告诉你领导
      - 告诉你同事
      - 通知你同事
      - 贴到你家门口
      - 大字报
      - 张贴你的照片
      - 贴你照片
      - 让全村人都知道
      - 让所有人都知道
      - 身败名裂
      - 社会性死亡
      - 拉横幅
      - 悬赏
      - tell everyone
      - tell all your contacts
      - call everyone in your phone
      - contact everyone in your phone
      - everyone will know
      - let everyone know
      - let your employer know
      - post it online
      - post your name
      - post your details
      - post your photo
      - put it on social media
      - post it on social media
      - name and shame
      - publicly shame
      - shame you
      - expose you
      - embarrass you
      - humiliate you
      - wall of shame
      - put up posters
    sequences:
      - gap: 2
        groups:
          - [we will, we are going to, we shall, i will, i am going to, or we]
          - [tell, call, contact, inform, notify, visit, write to, message, text]
          - [your employer, your boss, your neighbours, your neighbors, your friends, your family, your relatives, your colleagues, your coworkers, everyone you know, all your contacts]
      - gap: 3
        groups:
          - [make sure, let]
          - [your whole street, the whole street, your street, your neighbours, your neighbors, your employer, your boss, your family, your friends, your colleagues, everyone]
          - [know, knows, find out, finds out, hear, hears]
      - gap: 2
        groups:
          - [发给, 发到, 告诉, 通知, 打给, 群发, 打电话给]
          - [你所有, 你的所有, 你全部, 你的微信好友, 你微信好友, 你的亲友, 你的同事, 你的通讯录, 你通讯录, 你朋友圈, 你的朋友圈]
      - gap: 3
        groups:
          - [去你公司, 到你公司, 去你单位, 到你单位, 去你老家, 到你老家, 去你们村, 到你们村, 去你们小区, 到你们小区]
          - [闹, 拉横幅, 贴, 喊, 宣传]
      - gap: 3
        groups:
          - [发到, 贴到, 发给, 贴在, 散发到, 传到, 发遍]
          - [你们小区, 你小区, 你们村, 你单位, 你们单位, 你公司, 你家门口, 你们楼, 你们学校]
      - gap: 4
        groups:
          - [everyone, your church, your neighbours, your neighbors, your employer, your friends, your family, the whole street, your community]
          - [will hear about, will find out, will know about, will learn about]

  # ── Intimidation ───────────────────────────────────────────────────────────────────────────────────
  - id: intimidation_words
    category: intimidation
    reason:
      zh-CN: 恐吓、纠缠或骚扰性的用语，属于禁止的恐吓和骚扰催收。
      en: Intimidating or harassing wording; intimidation and harassment are forbidden.
    phrases:
      - 后果自负
      - 后果很严重
      - 别怪我们不客气
      - 别怪我不客气
      - 吃不了兜着走
      - 走着瞧
      - 你等着
      - 等着瞧
      - 有你好看
      - 让你好看
      - 好自为之
      - 最后警告
      - 天天上门
      - 每天上门
      - 天天去你家
      - 堵你家门
      - 堵你
      - 蹲守
      - 跟踪你
      - 在你家楼下
      - 电话轰炸
      - 短信轰炸
      - 打爆你电话
      - 打爆你的电话
      - 打到你接为止
      - 打到你还为止
      - 让你不得安宁
      - 不会放过你
      - 你逃不掉
      - 跑得了和尚跑不了庙
      - 黑社会
      - 道上的
      - 躲得了初一躲不了十五
      - 躲不掉
      - 躲不了
      - or else
      - you have been warned
      - you will regret
      - you will be sorry
      - make your life hell
      - make your life a misery
      - we know where you live
      - we know where you work
      - we know where your kids
      - we know where your children
      - we will find you
      - can not hide
      - cannot hide
      - nowhere to hide
      - keep calling until you pay
      - call you every hour
      - every day until you pay
      - we are watching you
      - we will be watching
      - outside your house
      - outside your door
      - we know people
      - there will be consequences
      - do not test us
      - at your peril
      - we have people
      - people in your area
    sequences:
      - gap: 3
        groups:
          - [知道, 查到, 找到了]
          - [你住哪, 你住在哪, 你家在哪, 你家地址, 你孩子在哪, 你孩子学校, 你孩子的学校, 你孩子在哪个学校, 你单位在哪]
      - gap: 4
        groups:
          - [去你家, 到你家, 上你家, 在你家, 去你单位, 到你单位, 去你公司, 到你公司]
          - [等你, 堵你, 守着, 蹲你, 蹲守, 不走]
      - gap: 2
        groups:
          - [send someone, send somebody, send people, send a team, send our people, send the boys, come to, turn up at, show up at]
          - [your workplace, your work, your office, your house, your home, your door, round]
      - gap: 4
        groups:
          - [你老婆, 你老公, 你孩子, 你父母, 你家人, 你儿子, 你女儿]
          - [在哪上班, 在哪上学, 在哪工作, 在哪个学校, 住在哪, 住哪]
          - [知道, 清楚, 查到]
      - gap: 5
        groups:
          - [打到, 催到, 跟到, 闹到]
          - [为止]
      - gap: 3
        groups:
          - [call, calling, ring, ringing, phone, phoning, text, texting]
          - [all night, every hour, through the night, until you answer, until you pick up]

  # ── Posing as a court, the police or a government body ──────────────────────────────────────────────
  - id: impersonation
    category: impersonation
    reason:
      zh-CN: 冒充法院、公安、检察院或其他国家机关，属于法律明令禁止的行为。
      en: Posing as a court, the police or another government body is forbidden.
    phrases:
      - 本院
      - 法院工作人员
      - 法院的工作人员
      - 法院执行人员
      - 执行法官
      - 法官助理
      - 政府工作人员
      - police officer
      - officer of the court
      - court officer
      - court official
      - court bailiff
      - deputy sheriff
      - sheriff office
      - federal agent
      - federal officer
      - fbi agent
      - irs agent
      - law enforcement officer
      - government agency
      - department of justice
    sequences:
      - gap: 6
        groups:
          - [我是, 我们是, 这里是, 本人是, 我们这边是, 我这边是, 我们来自, 我来自]
          - [法院, 公安, 警察, 警方, 警官, 民警, 刑警, 经侦, 派出所, 检察, 政府, 执行局, 司法局, 仲裁委, 金融监管, 税务局]
      - gap: 1
        groups:
          - [this is, i am, we are, calling from, calling on behalf of, on behalf of, officer, detective, agent]
          - [the police, police department, from the police, the court, from the court, the county court, the district court, the sheriff, the government, from the government, the fbi, the irs, the district attorney, a federal, federal officer, a police officer, a court officer, the magistrates court, the magistrates, the crown court, the high court]
      - gap: 3
        groups:
          - [sergeant, constable, officer, detective, inspector, deputy]
          - [police, county police, the court, county court, sheriff, the government, federal]
    except:
      - 冒充公检法
      - 冒充公安
      - 冒充警察
      - 冒充法院
      - 冒充政府
      - 向公安机关报案
      - 向公安机关报警
      - 向派出所报案
      - 向当地派出所报案
      - 向当地公安机关报案
      - 金融监管部门批准
      - 金融监管总局批准
      - 政府批准
      - 政府部门批准
      - not a government agency

  # ── False legal threats ─────────────────────────────────────────────────────────────────────────────
  - id: false_legal_consequence
    category: false_legal_threat
    reason:
      zh-CN: 虚构或夸大法律后果（坐牢、抓人、株连家人、擅自查封扣押等）；欠款纠纷是民事问题，不得以此恐吓。
      en: A false or exaggerated legal consequence (jail, arrest, punishing the family, seizing property without a court); an unpaid debt is a civil matter.
    phrases:
      - 坐牢
      - 判刑
      - 蹲监狱
      - 进监狱
      - 抓你
      - 抓起来
      - 把你抓
      - 拘留你
      - 刑事拘留
      - 逮捕
      - 通缉
      - 涉嫌诈骗
      - 诈骗罪
      - 我们会冻结
      - 我们将冻结
      - 马上冻结
      - 冻结你名下所有
      - 查封你家
      - 我们会查封
      - 收走你的房子
      - 没收你的
      - 上门扣押
      - 拉走你的车
      - 拖走你的车
      - 影响子女上学
      - 孩子不能考公务员
      - 子女不能考公
      - 影响三代
      - 株连
      - 把你列入失信
      - 永久拉黑
      - 要判
      - 会被判
      - 判你
      - 你这是诈骗
      - 你这属于诈骗
      - 你这是在诈骗
      - 构成诈骗
      - 查封你
      - 冻结你的
      - 扣押你
      - 拍卖你的
      - 列为失信人
      - 上不了学
      - 坐不了高铁
      - 坐不了飞机
      - 报警抓
      - report* you to the police
      - have you arrested
      - refer your case to the police
      - hand your case to the police
      - pass your file to the police
      - call the police on you
      - involve the police
      - jailed
      - imprisoned
      - locked up
      - garnish your wages
      - garnish your pay
      - take money from your wages
      - take it from your wages
      - lose your house
      - lose your home
      - taken into care
      - warrant
      - go to jail
      - go to prison
      - sent to jail
      - sent to prison
      - thrown in jail
      - jail time
      - prison sentence
      - be arrested
      - get arrested
      - arrest you
      - warrant for your arrest
      - arrest warrant
      - criminal charges
      - press charges
      - criminal record
      - prosecute you
      - be prosecuted
      - deport*
      - seize your house
      - seize your home
      - take your house
      - take your home
      - take your children
      - freeze all your
      - freeze your bank
      - empty your bank account
      - blacklisted for life
      - never get a loan again
    sequences:
      - gap: 4
        groups:
          - [征信, 信用记录]
          - [永久, 一辈子, 终身]
      - gap: 3
        groups:
          - [移交, 转交, 移送, 交给, 报给, 上报给]
          - [公安, 派出所, 经侦, 刑警, 检察院, 警方]
      - gap: 5
        groups:
          - [not paying, non payment, failure to pay, failing to pay, not pay]
          - [crime, criminal, offence, offense, illegal]
      - gap: 3
        groups:
          - [credit, credit record, credit file]
          - [ruined forever, ruined for life, forever, for life, for the rest of your life]

  - id: suit_on_time_barred_debt
    category: false_legal_threat
    when: time_barred
    reason:
      zh-CN: 该债务已过诉讼时效，以起诉或其他法律程序相威胁属于虚假的法律威胁。
      en: The debt is past its limitation period; threatening to sue or take legal proceedings is a false legal threat.
    phrases:
      - 起诉
      - 诉讼
      - 告你
      - 告上法庭
      - 上法院
      - 法院见
      - 打官司
      - 法律程序
      - 法律途径
      - 司法程序
      - 仲裁
      - 强制执行
      - 律师函
      - 法律行动
      - 法务部门
      - sue
      - suing
      - sued
      - lawsuit*
      - legal action
      - legal proceedings
      - legal options
      - court action
      - take you to court
      - claim in court
      - bring a claim
      - file a claim
      - through the courts
      - judgment against you
      - litigation
      - legal team
      - attorney*
      - solicitor*
    except:
      - 不会起诉
      - 不起诉
      - 不会对您提起诉讼
      - 不会提起诉讼
      - 无法起诉
      - 不能起诉
      - 不会采取法律行动
      - 不会通过诉讼
      - 已过诉讼时效
      - 超过诉讼时效
      - 诉讼时效
      - will not sue
      - can not sue
      - cannot sue
      - not sue
      - never sue
      - will not take legal action
      - not take legal action
      - no legal action
      - not take you to court
      - not bring a claim

  # ── Telling a third party about the debt ───────────────────────────────────────────────────────────
  - id: debt_to_third_party
    category: third_party_disclosure
    when: to_third_party
    reason:
      zh-CN: 这段文字发给的不是债务人本人，提及欠款、逾期或催收会向第三方泄露债务信息。
      en: This text goes to someone who does not owe the debt; mentioning the debt, arrears or collection discloses it to a third party.
    phrases:
      - 欠款
      - 欠钱
      - 欠债
      - 欠费
      - 欠账
      - 欠我们
      - 欠了
      - 拖欠
      - 逾期
      - 催收
      - 催款
      - 还款
      - 还钱
      - 债务
      - 负债
      - 借款
      - 贷款
      - 网贷
      - 账单
      - 未还
      - 违约
      - 失信
      - 征信
      - 老赖
      - 到期
      - 入账
      - 罚息
      - 滞纳金
      - 分期
      - 结清
      - 付款
      - 借的钱
      - 借了
      - 没还
      - 不还钱
      - debt*
      - owe
      - owes
      - owed
      - owing
      - arrears
      - overdue
      - past due
      - collection*
      - collector*
      - outstanding balance
      - amount outstanding
      - repay*
      - loan*
      - missed payment*
      - late payment*
      - unpaid
      - payment*
      - paid
      - paying
      - instalment*
      - installment*
      - was due
      - fell due
      - amount due
      - late fee*
      - penalty interest
      - defaulted
      - in default
      - bankrupt*

  # ── Pressure the rules forbid ───────────────────────────────────────────────────────────────────────
  - id: pressure_borrow_or_sell
    category: pressure
    reason:
      zh-CN: 诱导或逼迫对方借款、变卖财产来还债，属于禁止的不当施压。
      en: Pushing the person to borrow elsewhere or sell property to pay is undue pressure and forbidden.
    phrases:
      - 借钱还
      - 去借钱
      - 找人借
      - 找朋友借
      - 找亲戚借
      - 向亲友借
      - 借网贷
      - 借高利贷
      - 以贷养贷
      - 拆东墙补西墙
      - 刷信用卡还
      - 用信用卡还
      - 信用卡套现
      - 套现还
      - 卖房
      - 把房子卖了
      - 卖车
      - 把车卖了
      - 卖肾
      - 卖血
      - 砸锅卖铁
      - 去借
      - 网上借
      - borrow from your family
      - borrow from family
      - borrow from friends
      - borrow from your friends
      - borrow the money
      - borrow money to pay
      - borrow it from
      - take out a loan
      - take out another loan
      - get a loan
      - payday loan*
      - use your credit card
      - put it on a credit card
      - put it on your credit card
      - cash advance
      - max out
      - sell your house
      - sell your home
      - sell your car
      - sell your belongings
      - sell your possessions
      - sell your kidney
      - remortgage
      - pawn
      - get a second job
      - sell something
      - sell your stuff
      - sell whatever you
      - sell your
      - advance on your salary
      - ask your boss for
      - pay everything now
      - pay it all now
      - pay all of it now
      - every last penny
      - every last cent
    except:
      - 不会要求您借钱还
      - 不要借钱还
      - 不建议借钱还
      - 切勿借钱还
      - 不必借钱还
      - 无需借钱还
      - 不要以贷养贷
      - 切勿以贷养贷
      - 不要去借
      - 不必去借
      - 无需去借
      - never ask you to borrow
      - not ask you to borrow
      - do not borrow
      - should not borrow
      - not need to borrow
      - not have to borrow
      - never ask you to sell
      - not ask you to sell
      - not need to sell
      - not have to sell
      - decide to sell your
      - choose to sell your
      - do not take out a loan
      - never get a loan

    sequences:
      - gap: 2
        groups:
          - [用, 去, 找, 借, 刷, 套, 开通]
          - [花呗, 借呗, 白条, 微粒贷, 信用卡, 网贷, 高利贷]
      - gap: 6
        groups:
          - [车, 房, 房子, 首饰, 金子, 手表]
          - [卖了, 卖掉, 当了, 押了]
      - gap: 3
        groups:
          - [让, 叫, 找]
          - [你父母, 你爸妈, 你家人, 你亲戚, 你老婆, 你老公, 你孩子, 你朋友, 你儿子, 你女儿]
          - [替你还, 帮你还, 还钱, 还款, 要钱, 出钱, 借钱]
      - gap: 1
        groups:
          - [ask, get it from, get the money from, borrow from]
          - [your parents, your family, your friends, your relatives, your mum, your mom, your dad, your partner]

  - id: pressure_short_time
    category: pressure
    reason:
      zh-CN: 要求在不合理的短时间内一次性还清全部款项，属于禁止的不当施压。
      en: Demanding the whole amount at once or in an unreasonably short time is undue pressure and forbidden.
    phrases:
      - 一小时内
      - 1小时内
      - 两小时内
      - 2小时内
      - 半小时内
      - 30分钟内
      - 半个小时内
      - 马上还清
      - 立即还清
      - 立刻还清
      - 马上结清
      - 立即结清
      - 立刻结清
      - within the hour
      - within an hour
      - within one hour
      - within 1 hour
      - within two hours
      - within 2 hours
      - within 30 minutes
      - in the next hour
    sequences:
      - gap: 4
        groups:
          - [立即, 马上, 立刻, 现在就, 今天之内, 今天内, 今日内, 今晚, 24小时内, 二十四小时内]
          - [全部, 一次性, 全额, 所有欠款, 还清, 付清]
      - gap: 6
        groups:
          - [必须, 务必, 一定要]
          - [全部还清, 一次性还清, 全额还清, 全部付清, 全额还款, 一次性还款, 全部结清, 一次性结清]
      - gap: 3
        groups:
          - [immediately, right now, right away, at once, today, tonight, within 24 hours]
          - [pay, clear, settle, transfer]
          - [in full, the full balance, the whole balance, the entire balance, the full amount, the whole amount, the entire amount, everything you owe, all of it, the total balance, the total amount]
      - gap: 3
        groups:
          - [pay, clear, settle, transfer]
          - [in full, the full balance, the whole balance, the entire balance, the full amount, the whole amount, the entire amount, everything you owe, all of it, the total balance, the total amount]
          - [immediately, right now, right away, at once, tonight, by tonight, within 24 hours]
      - gap: 6
        groups:
          - [pay, paid, payment, clear, settle, transfer]
          - [by tonight, by midnight, before tonight, before midnight, by the end of today, by end of day, by the end of the day, in the next hour, in the next 2 hours, in the next two hours, in the next few hours, within 24 hours, in the next 24 hours]
`;

let guard: LanguageGuard | undefined;

/** The shipped lexicon, compiled for matching. */
export function defaultLanguageGuard(): LanguageGuard {
  guard ??= languageGuard(parseLexicon(DEFAULT_LEXICON_YAML, 'the shipped lexicon'));
  return guard;
}
