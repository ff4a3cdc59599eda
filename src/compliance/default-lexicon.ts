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
#              and a * at the end of a word takes any ending (idiot* = idiot, idiots, idiotic). Letters
#              spelled out one by one (i d i o t) are one word, and a masked word (f***ing) matches the
#              word its letters fit. A phrase never spans a comma or a sentence end. 【 stands for an
#              opening square bracket, the head of a Chinese SMS signature (【…法院】).
#   sequences  groups of phrases found in this order, each group's phrase within \`gap\` words (a Chinese
#              character counts as one word) after the previous one, in one sentence (\`within: clause\`:
#              in one clause): 立即 … 全部还清.
#   except     lawful wording around a match: a match that shares a word with one of these is not a
#              finding (不会起诉, "will not sue", "never ask you to borrow").
#   when       to_third_party: only for a text addressed to someone who does not owe the debt;
#              time_barred: only for a debt past its limitation period.
#   language   zh or en: only for a text in that language (Chinese: it has a Chinese character).
#
# After the rules, for every rule at once:
#   scopes     cues that take a match back when they stand shortly before it (\`window\` words) in its
#              clause (\`reach: sentence\`: its sentence), or inside a sequence's match between its groups:
#              a negation (不会, never), a question the debtor asked, an offer rather than a demand,
#              what someone else claims. \`applies_to\` names categories or rule ids; a \`breaker\` between
#              the cue and the match ends its reach ("if you do not pay WE will…"); a cue inside one of the
#              scope's \`except\` phrases is none ("not hesitate", 不排除). A negation written in a rule's
#              own phrase (不会放过你) is part of what the rule looks for, never a cue.
#   quotation  a stretch in quotation marks introduced by one of \`before\` (称, said, the phrase) or
#              followed by one of \`after\` (一词) is someone else's words, not the sender's: no finding.
#   homophones for a Chinese character, how people also write it to slip past a list (fa院, 骗纸).
#
# Category codes: insult, threat, intimidation, impersonation, false_legal_threat,
# third_party_disclosure, pressure. Test a change with \`dunwell compliance lint --json < text.txt\`; the
# tests hold every shipped template and a corpus of lawful wording clean, so run them after every edit,
# and measure it with \`npm run eval:language-guard\` (examples/language-guard-eval, never copied here).
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
      # Widened after the held-out evaluation: names for a person, never their wording.
      - 窝囊
      - 废柴
      - 赖子
      - 烂人
      - 渣渣
      - 瘪三
      - 流氓
      - 混账
      - 龟孙
      - 蛀虫
      - 败家子
      - 叫花子
      - 二货
      - 骗吃骗喝
      - 吃软饭
      - 厚脸皮
      - 脸皮厚
      - 恬不知耻
      - 不知廉耻
      - 可耻
      - 下三滥
      - 扶不上墙
      - 没出息
      - 不是东西
      - 不是个东西
      - 什么东西
      - 老东西
      - 猪脑子
      - 猪头
      - 神经病
      - 脑子进水
      - 没脑子
      - 弱智
      - 智障
      - 脑瘫
      - 低能
      - 笨蛋
      - 傻子
      - 傻瓜
      - 蠢材
      - 蠢蛋
      - 怂包
      - 软蛋
      - 缺德
      - 卑鄙
      - 禽兽
      - 狗娘养的
      - 狗日的
      - 给脸不要脸
      - 怎么做人
      - 不会做人
      - 学会做人
      - 配做人
      - 也配当
      - 不配当
      - 还是人吗
      - 不是人
      - 装孙子
      - 贱
      - 给我滚
      - 滚开
      - laolai
      - dead beat
      - clown*
      - dumb
      - dumbo
      - halfwit*
      - nitwit*
      - numpty
      - muppet*
      - imbecile*
      - cretin*
      - simpleton*
      - brainless
      - retard*
      - pig
      - pigs
      - swine
      - vermin
      - trash
      - dirtbag*
      - sleazebag*
      - brat
      - brats
      - crybaby
      - cry baby
      - big baby
      - little baby
      - whining
      - whinging
      - whiner*
      - sorry excuse
      - excuse for a human
      - excuse for a man
      - excuse for a person
      - waste of oxygen
      - waste of air
      - waste of skin
      - degenerate*
      - cheapskate*
      - moocher*
      - scrounger*
      - twat*
      - wanker*
      - tosser*
      - douche*
      - dipshit*
      - dickhead*
      - prick
      - greedy
      - selfish
      - you should be embarrassed
      - an embarrassment
      - have you no shame
      - no self respect
      - ashamed of yourself
      - you are nothing
      - you are a nobody
      - 欠收拾
      - 欠揍
      - 欠抽
      - 孙子样
      - 熊样
      - 怂样
      - 穷酸样
      - 装大爷
      - 脸都不要
      - 要不要脸
      - 还要脸吗
      - 脸往哪
      - 听不懂人话
      - 不是人话
      - 说人话
      - 你是人吗
      - 屌丝
      - 穷逼
      - 土鳖
      - 乡巴佬
      - 贱货
      - drunk
      - drunkard*
      - junkie*
      - druggie*
      - crackhead*
      - wino
    sequences:
      - gap: 2
        groups:
          - [没出息, 不要脸, 不还钱, 欠钱不还, 不还, 赖账, 没良心, 没用, 下贱, 不讲信用, 不守信用, 无耻, 死皮赖脸]
          - [东西, 玩意, 玩意儿, 货色, 家伙, 德行, 德性, 孙子]
      - gap: 0
        groups:
          - [你个, 你这个, 你这种, 你这号, 欠钱的, 赖账的, 欠债的, 骗钱的, 龟]
          - [孙子, 东西, 玩意, 货, 家伙, 贱人]
      - gap: 1
        groups:
          - [你是, 你就是, 你这头, 像, 跟, 你个]
          - [猪, 狗, 畜生, 蛆, 老鼠, 寄生虫, 乞丐, 叫花子]
      - gap: 4
        groups:
          - [脑子, 你]
          - [有病, 进水, 坏了, 被门夹, 被驴踢, 不正常, 有问题, 不好使]
      - gap: 1
        groups:
          - [you are a, you are such a, such a, what a, typical, absolute, total, complete, utter, bloody, nothing but, bunch of, pack of, like a, you little, you big, you sad, you fat]
          - [joke, clown, baby, child, pig, rat, snake, animal, trash, rubbish, disgrace, embarrassment, coward, failure, sponge, parasite, leech, thief, fraud, cheat]
      - gap: 1
        groups:
          - [too, so, how, are you, you are, that]
          - [dumb, stupid, thick, lazy]
    except:
      - 谨防骗子
      - 警惕骗子
      - 小心骗子
      - 骗子冒充
      - 垃圾短信
      - 垃圾邮件
      - 垃圾分类
      - 贱卖
      - 贵贱
      - 垃圾桶
      - fraud team
      - fraud department
      - fraud prevention
      - report fraud
      - to the fraud

  - id: insult_abbreviations
    category: insult
    language: zh
    reason:
      zh-CN: 用拼音缩写写成的辱骂（nc、zz、cnm 等），同样是侮辱。
      en: An insult written as pinyin initials (nc, zz, cnm and the like) is still an insult.
    phrases:
      - nc
      - zz
      - nt
      - cnm
      - nmsl
      - nmb
      - rnm
      - wcnm
      - mlgb
      - shabi
      - sha bi
      - lao lai

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
      - your teeth
      - kneecap*
      - pretty face
      - rearrange your face
      - smash your face
      - black eye
      - broken bones
      - break every bone
      - accidents happen
      - accident could happen
      - have an accident
      - anything happened to
      - anything happens to
      - anything were to happen
      - shame if something
      - shame if anything
      - pity if something
      - pity if anything
      - what happens to people who
      - what we do to people who
      - watch yourself
      - look over your shoulder
      - sleep with one eye open
      - seem like nice people
      - nice family you have
      - hate for your family
      - dragged into this
      - you will pay for this
      - make you suffer
      - teach you a lesson
      - sort you out
      - come for you
      - come after you
      - pay you a visit
      - harm you
      - harm your
      - hurt your
      - 三长两短
      - 缺胳膊少腿
      - 断手断脚
      - 打残
      - 放血
      - 见血
      - 红油漆
      - 喷漆
      - 泼粪
      - 砸玻璃
      - 砸车
      - 划你的车
      - 扎你车胎
      - 放火
      - 烧了你
      - 一把火
      - 尝尝什么叫
      - 什么叫疼
      - 什么叫痛
      - 尝尝厉害
      - 吃点苦头
      - 吃苦头
      - 让你疼
      - 给你点颜色
      - 颜色看看
      - 给你点教训
      - 教训教训
      - 教训你
      - 修理你
      - 搞死你
      - 从你身上
      - 混不下去
      - 待不下去
      - 没法混
      - 别想混
      - 不得安生
      - 意外太多
      - 意外很多
      - 难免出意外
      - teeth
      - end up in hospital
      - in a wheelchair
      - body bag
      - six feet under
      - 没提醒你
      - 没警告你
      - 把门锁好
      - 锁好门
      - 受惊吓
      - 受什么惊吓
      - 有什么闪失
      - 有个闪失
      - 有个好歹
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
          - [出门, 走路, 走夜路, 晚上回家, 下班路上, 回家路上, 上下班, 路上, 晚上]
          - [看着点, 小心点, 当心点, 注意点, 注意安全, 多注意, 小心, 当心, 留神]
      - gap: 4
        groups:
          - [your wife, your husband, your kids, your children, your son, your daughter, your family, your mother, your father, your parents, your girlfriend, your boyfriend, your partner, your loved ones, your little girl, your little boy, your baby]
          - [get hurt, be hurt, will suffer, pay for this, pay the price, in danger, not be safe, be sorry, something happen, get dragged, be dragged, dragged into, gets a visit, get a visit, will get a visit, gets hurt, end up hurt, have an accident, has an accident, stay safe, stays safe]
      - gap: 3
        groups:
          - [小心, 当心, 注意, 留神]
          - [你的腿, 你腿, 你的脸, 你的命, 你的小命, 你的狗命, 你的脑袋, 你脑袋, 你的手脚, 你的手指, 你的胳膊, 你的车, 你家人, 你的家人, 你孩子, 你的孩子, 你老婆, 你的店, 你的房子]
      - gap: 4
        groups:
          - [别让, 不想让, 保不准, 难保, 可别, 万一, 指不定, 说不定]
          - [出什么事, 出事, 出点事, 出点什么事, 有个三长两短, 磕着碰着, 出意外, 受伤, 缺胳膊少腿]
      - gap: 8
        groups:
          - [你的车, 你那辆车, 你车, 车子, 那辆车, 你的店, 你店, 你家门, 你家的门, 你家玻璃, 你家窗户]
          - [不太安全, 不安全, 出点事, 被划, 被砸, 被烧, 着火, 遭殃, 出什么事, 出事]
      - gap: 3
        groups:
          - [你老婆, 你老公, 你孩子, 你女儿, 你儿子, 你爸妈, 你父母, 你家人, 你媳妇, 老婆孩子]
          - [还好吧, 还好吗, 挺好的吧, 好好的, 平平安安, 平安无事, 没事吧]
      - gap: 2
        groups:
          - [see, find out, wait and see, you will see]
          - [what happens to, what will happen to]
          - [your face, your car, your house, your family, your kids, your children, your wife, your husband, your legs, your business, your shop, your windows, that pretty face, your pretty face]
      - gap: 1
        groups:
          - [shame, pity, terrible, awful, sad, unfortunate, tragic]
          - [if]
          - [someone, somebody, something, anything]

  - id: threat_exposure
    category: threat
    reason:
      zh-CN: 以公开曝光、告知其亲友或单位相威胁，属于禁止的威胁和泄露隐私行为。
      en: A threat to expose the person publicly or to tell their family, friends or employer; forbidden.
    except:
      - they make a scene
      - they made a scene
      - he makes a scene
      - she makes a scene
      - they cause a scene
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
      - facebook page
      - our facebook
      - public list
      - list of debtors
      - debtors list
      - bad debtors
      - every contact in your phone
      - everyone in your contacts
      - everyone in your phone
      - whatsapp group
      - family group chat
      - make a scene
      - cause a scene
      - in front of everyone
      - in front of your colleagues
      - in front of your neighbours
      - in front of your neighbors
      - 丑事
      - 传遍
      - 人尽皆知
      - 欠款海报
      - 催收海报
      - 海报
      - 欠款公示
      - 公示你
      - 曝光台
      - 黑榜
      - 通缉令
      - 寻人启事
      - 横幅
      - 公司群
      - 家族群
      - 业主群
      - 家长群
      - 班级群
      - 同学群
      - 村委会
      - 居委会
      - 人事部门
      - 你丈母娘
      - 你岳父
      - 你岳母
      - 全村都知道
      - 全小区都知道
      - 全公司都知道
      - 让大家都知道
      - 写在你家墙上
    sequences:
      - gap: 4
        groups:
          - [we will, we are going to, we shall, i will, i am going to, or we]
          - [tell*, call*, contact*, inform*, notify*, visit*, write to, writing to, message*, text*, email*, ring*, phone*, alert*, warn*, let]
          - [your mother in law, your father in law, your sister, your brother, your son, your daughter, your kids, your children, your grandmother, your grandparents, your aunt, your uncle, your cousin, your flatmate, your roommate, your ex, your employer, your boss, your manager, your landlord, your neighbours, your neighbors, your friends, your family, your relatives, your colleagues, your coworkers, your co workers, your church, your pastor, your school, your children's school, your kids' school, your in laws, your wife, your husband, your partner, your parents, your mother, your father, your mum, your mom, your dad, your girlfriend, your boyfriend, your whole family, your hr, everyone you know, all your contacts, every contact, your clients, your customers]
      - gap: 3
        groups:
          - [make sure, let]
          - [your whole street, the whole street, your street, your neighbours, your neighbors, your employer, your boss, your landlord, your family, your friends, your colleagues, your church, your school, your children's school, your kids' school, your wife, your husband, your parents, everyone]
          - [know, knows, find out, finds out, hear, hears, learn, learns]
      - gap: 3
        groups:
          - [发给, 发到, 告诉, 通知, 打给, 群发, 打电话给, 发短信给, 发消息给, 联系, 去找, 找]
          - [你所有, 你的所有, 你全部, 你的微信好友, 你微信好友, 所有微信好友, 你的亲友, 你的同事, 你同事, 你的通讯录, 你通讯录, 你朋友圈, 你的朋友圈, 你领导, 你的领导, 人事部门, 你的人事, 你丈母娘, 你岳父, 你岳母, 你公婆, 你亲戚, 你的亲戚, 你邻居, 你的邻居, 你父母, 你的父母, 你同学, 你老师, 你客户, 你的客户, 你房东, 你的房东, 你的朋友, 你朋友, 你家人, 你的家人, 你对象, 你单位, 你的单位, 您的单位, 您单位, 您的领导, 您的同事]
      - gap: 6
        groups:
          - [给]
          - [你所有, 你的所有, 你的微信好友, 你微信好友, 你的亲友, 你的同事, 你同事, 你领导, 你的领导, 你亲戚, 你的亲戚, 你邻居, 你父母, 你的家人, 你家人, 你朋友, 你的朋友, 你单位]
          - [发消息, 发短信, 打电话, 发信息, 群发, 发]
      - gap: 3
        groups:
          - [去你公司, 到你公司, 去你单位, 到你单位, 去你老家, 到你老家, 去你们村, 到你们村, 去你们小区, 到你们小区]
          - [闹, 拉横幅, 贴, 喊, 宣传]
      - gap: 4
        groups:
          - [发到, 发在, 发给, 发布到, 发布在, 贴满, 贴到, 贴在, 贴遍, 传到, 传遍, 挂到, 挂在, 公布到, 公布在, 公开到, 放到, 散发到, 发遍, 印到, 拍成视频, 做成视频, 拍视频, 群发]
          - [你们小区, 你小区, 小区, 你们村, 村里, 村委会, 你单位, 你们单位, 你公司, 你们公司, 公司群, 你家门口, 家门口, 你们楼, 楼道, 你们学校, 学校, 群里, 家族群, 业主群, 家长群, 班级群, 朋友圈, 抖音, 快手, 微博, 网上, 全网, 贴吧, 论坛, 小红书, 视频号, 你老家, 老家]
      - gap: 6
        groups:
          - [通讯录, 微信好友, 联系人, 亲友, 同事, 邻居, 每个人, 所有人]
          - [都会收到, 都会知道, 都会接到, 都知道, 收到你的, 接到电话]
      - gap: 4
        groups:
          - [everyone, your church, your neighbours, your neighbors, your employer, your boss, your landlord, your friends, your family, the whole street, your community, your school, your children's school, your kids' school, your wife, your husband, your parents, every contact, all your contacts, everyone in your phone]
          - [will hear about, will find out, will know about, will learn about, will be hearing from us, hears about this, hear about this, will hear from us, gets a message, get a message, will get a message, will be told, is told, are told, will know, will receive a message, will be contacted, will get a call, will be getting a call]
      - gap: 5
        groups:
          - [post*, put*, publish*, share*, list*, print*, display*, upload*, plaster*, stick*]
          - [online, on facebook, on instagram, on twitter, on tiktok, on social media, on the internet, on our website, on our facebook, facebook page, public list, list of debtors, page of debtors, debtors list, bad debtors, wall of shame, noticeboard, notice board, in the newspaper, in the local paper, around your street, around your town, around the neighbourhood, around the neighborhood, group chat, whatsapp group]
      - gap: 3
        groups:
          - [send, sending, message, text, post]
          - [your whole family, your family whatsapp, family group, whatsapp group, group chat, your contacts, all your contacts, every contact]
      - gap: 1
        groups:
          - [we, or we, we will, we are going to, we shall, i will]
          - [share, send, pass, forward, give, disclose, reveal, show, post]
          - [with your employer, to your employer, your employer's, with your boss, to your boss, with your family, to your family, with your hr, with your neighbours, with your neighbors, to your neighbours, to your neighbors, with your friends, to your friends, with your colleagues, to your colleagues, with your landlord, to your landlord, with everyone, to everyone]
      - gap: 5
        groups:
          - [share, sharing, send, sending, pass, passing, forward, forwarding, disclose, disclosing, reveal, revealing]
          - [with your employer, to your employer, your employer's, with your boss, to your boss, with your hr, with your neighbours, with your neighbors, to your neighbours, to your neighbors, with your colleagues, to your colleagues, with your landlord, to your landlord, with everyone, to everyone]
      - gap: 4
        groups:
          - [your neighbours, your neighbors, your family, your friends, your colleagues, your boss, your employer, your landlord, everyone]
          - [love hearing, going to love, hear why, hearing why, find out why, know why, are going to hear, are going to find out, going to know]
      - gap: 6
        groups:
          - [你的照片, 你照片, 身份证照片, 你的身份证, 你的头像, 你的信息, 你的欠款信息, 欠款信息, 你的资料]
          - [出现在, 贴, 公开, 曝光, 传到, 发到, 挂]
      - gap: 4
        groups:
          - [出现在, 张贴在, 张贴到, 粘在, 摆在, 挂满, 印在]
          - [小区, 单元门口, 单元门, 电梯, 公告栏, 宣传栏, 楼下, 大门口, 门口, 楼道, 村里, 公司]
      - gap: 4
        groups:
          - [找你爸妈, 找你父母, 找你家人, 找你老婆, 找你老公, 找你孩子, 找你家里人, 去你老家]
          - [聊聊, 谈谈, 坐坐, 说道说道, 好好聊, 说说]

  # ── Intimidation ───────────────────────────────────────────────────────────────────────────────────
  - id: intimidation_words
    category: intimidation
    reason:
      zh-CN: 恐吓、纠缠或骚扰性的用语，属于禁止的恐吓和骚扰催收。
      en: Intimidating or harassing wording; intimidation and harassment are forbidden.
    except:
      - photo id
      - photo identification
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
      - last warning
      - see what happens
      - find out what happens
      - do not want to find out
      - think very carefully
      - your next move
      - get ugly
      - turn ugly
      - get nasty
      - turn nasty
      - get messy
      - we have ways
      - have ways of
      - we always find
      - we will always find
      - find you wherever
      - wherever you go
      - come looking for you
      - do not make us
      - make us come
      - our guys
      - our boys
      - our lads
      - not going anywhere
      - every single day
      - every single night
      - day and night
      - night and day
      - around the clock
      - we are watching your
      - watching your facebook
      - keep an eye on you
      - keeping an eye on you
      - we saw you
      - we have seen you
      - we know you were
      - what time you leave
      - what time you get home
      - when you leave work
      - changing your number
      - change your number
      - try ignoring
      - push your luck
      - pushing your luck
      - 最后通牒
      - 后果你自己承担
      - 后果自己承担
      - 后果你承担
      - 后果由你承担
      - 后果你自己负责
      - 后果自己负责
      - 看着办
      - 自己掂量
      - 掂量掂量
      - 有的是办法
      - 有的是手段
      - 有的是时间
      - 陪你耗
      - 陪你玩
      - 别的手段
      - 其他手段
      - 别逼我们
      - 别逼我
      - 什么样的人没见过
      - 什么人没见过
      - 干我们这行
      - 跟着你
      - 去哪我们就去哪
      - 找不到你
      - 躲着就没事
      - 躲得掉
      - 躲得过
      - 跑得掉
      - 跑不掉
      - 拿你没办法
      - 挨家挨户
      - 敲门问
      - 有种你
      - 敢不还
      - 兄弟们
      - 派人去
      - 派人到
      - 已经派人
      - 亲自来找你
      - 亲自上门
      - 上门找你
      - 亲自去找你
      - 在你楼下
      - 你楼下
      - 在你门口
      - 在你家门口
      - 你猜我们在哪
      - 我们现在在哪
      - 办法多得很
      - 办法多的是
      - 多的是办法
      - 专门处理你这种
      - 专门对付
      - 对付你这种
      - 收拾你这种
      - 掂量后果
      - 自行掂量
      - regret it
      - tend to regret
      - live to regret
      - mess us around
      - mess with us
      - cross us
      - at your own risk
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
      - gap: 4
        groups:
          - [call, calling, ring, ringing, phone, phoning, text, texting, message, messaging]
          - [all night, every hour, through the night, until you answer, until you pick up, until you respond, until you reply, day and night, night and day, around the clock, nonstop, non stop, until this is paid, until it is paid, until you pay, until we are paid, until we get paid, at all hours, late at night, in the middle of the night, at midnight]
      - gap: 3
        groups:
          - [call, calling, ring, ringing, phone, phoning, text, texting, message, messaging, email, emailing]
          - [every, each]
          - [minute, minutes, hour, hours, half hour, morning, lunchtime, night, evening]
      - gap: 8
        groups:
          - [we know, we have, we have got, we found, we have found, we found out, we know all about, we know everything about]
          - [your work schedule, your schedule, your routine, where you park, what time you, you were at, you went to, your new address, where your kids, where your children, where your wife, where your husband, where your daughter, where your son]
      - gap: 2
        groups:
          - [we know, we found out, we know all about]
          - [your daughter, your son, your kids, your children, your wife, your husband, your partner]
          - [goes to, go to, school, works at, plays, lives at, drives, leaves]
      - gap: 4
        groups:
          - [at your door, on your doorstep, outside your house, outside your home, outside your work, at your work, at your house, at your home, round your house]
          - [every day, every single day, every night, every morning, day and night, until you pay, all day, every week]
      - gap: 2
        groups:
          - [在, 去, 到, 上]
          - [你公司门口, 公司门口, 你单位门口, 单位门口, 你家门口, 家门口, 你家楼下, 楼下, 你小区, 你们小区, 小区门口, 你户籍地, 户籍地, 你老家, 你们村, 你学校, 你孩子学校]
          - [等你, 堵你, 守着, 守你, 蹲你, 蹲守, 不走, 找你, 敲门, 挨家挨户]
      - gap: 4
        groups:
          - [派人, 派了人, 叫人, 找人, 带人, 安排人, 兄弟们, 我们的人]
          - [去你, 到你, 上你家, 在路上, 到了, 已经到, 过去]
      - gap: 8
        groups:
          - [你新家, 新家, 你新地址, 新地址, 你的地址, 你家地址, 你住哪, 你住在哪, 你单位, 你孩子学校, 你老婆单位, 几点出门, 几点回家, 几点下班, 几点放学, 几点上班, 去了哪, 去哪了, 你的行踪, 行踪]
          - [知道, 清楚, 一清二楚, 拿到了, 查到了, 已经有了, 都有, 掌握, 盯着, 门儿清]
      - gap: 8
        groups:
          - [你儿子, 你女儿, 你孩子, 你老婆, 你老公]
          - [小学, 中学, 幼儿园, 年级, 学校吧, 放学]
      - gap: 12
        groups:
          - [你最好]
          - [不然, 否则, 要不然, 要不]
          - [我们的人, 我们就, 别怪, 后果, 有你, 就等着, 我们会, 我会, 我就]
      - gap: 3
        groups:
          - [掌握, 知道, 查到, 拿到, 摸清]
          - [你的工作单位, 你工作单位, 你的单位, 你的住址, 你的地址, 你家住址, 你家庭住址, 你的行踪, 你的新地址]
      - gap: 16
        groups:
          - [打电话, 打你电话, 打给你, 给你打, 上门, 找你, 跟着你, 堵你]
          - [直到]
          - [为止]
      - gap: 2
        groups:
          - [we are, we have been, our team is, our car is, someone is, our guys are, our agents are]
          - [parked, sitting outside, outside your, across the street, down the road, round the corner, around the corner, at the end of your road, on your street]
      - gap: 2
        groups:
          - [our field team, our field agents, our agents, our team, our guys, our people, we]
          - [has, have, has got, have got, now has, now have, know]
          - [your photo, your picture, a photo of you, photos of you, your work address, your car registration, your number plate, your registration number, where you work, your movements]
      - gap: 4
        groups:
          - [一直, 天天, 每天, 不停, 轮番, 反复, 会一直]
          - [响, 打, 催, 找你]
          - [为止, 直到]
      - gap: 3
        groups:
          - [天天, 每天, 一天]
          - [一百个, 几十个, 上百个, 一百次, 几十次, 上百次, 一百通, 几十通]
      - gap: 3
        groups:
          - [半夜也, 半夜照样, 半夜都, 半夜接着, 凌晨也, 深夜也, 夜里也, 大半夜]
          - [打, 找你, 上门, 敲门]
      - gap: 3
        groups:
          - [有种, 敢]
          - [别还, 不还]
      - gap: 2
        groups:
          - [不还, 别还]
          - [试试, 试试看]

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
      - 网警
      - 网络警察
      - 公检法
      - 联合办案
      - 办案组
      - 专案组
      - 执法大队
      - 执法队
      - 干警
      - 执行干警
      - 法警
      - 警号
      - 政府指定
      - 政府委托
      - 政府授权
      - court notice
      - official notice from
      - federal investigator
      - federal debt
      - government debt
      - this is hmrc
      - this is the irs
      - enforcement division
      - debt enforcement
    sequences:
      - gap: 8
        groups:
          - [我是, 我们是, 这里是, 本人是, 我们这边是, 我这边是, 我们来自, 我来自, 本人系, 我系, 我们系, 我这里是, 我们这里是, 我们属于]
          - [法院, 公安, 警察, 警方, 警官, 民警, 刑警, 经侦, 派出所, 检察, 政府, 执行局, 司法局, 仲裁委, 金融监管, 税务局, 网警, 公检法, 法庭, 法官, 中院, 高院, 执法, 稽查, 纪委, 监察委, 仲裁委员会, 公安局, 交警, 特警, 国安, 法务局, 司法所]
      - gap: 8
        within: clause
        groups:
          - [【]
          - [法院, 公安, 警方, 警察, 派出所, 检察, 执行局, 政府, 司法, 仲裁, 网警, 税务, 法务局, 公检法]
      - gap: 1
        groups:
          - [this is, i am, we are, calling from, calling on behalf of, on behalf of, officer, detective, agent]
          - [the police, police department, from the police, the court, from the court, the county court, the district court, the sheriff, the government, from the government, the fbi, the irs, the district attorney, a federal, federal officer, a police officer, a court officer, the magistrates court, the magistrates, the crown court, the high court]
      - gap: 3
        groups:
          - [this is, i am, we are, calling from, calling on behalf of, on behalf of, i am with, we are with, speaking with, you are speaking with, message from, this message is from, a message from, writing on behalf of, i work for, we work for, i represent, we represent]
          - [the police, police, the county court, county court, the district court, district court, the high court, high court, superior court, the crown court, magistrate, magistrates, the sheriff, sheriff, the government, government, federal, the fbi, fbi, the irs, irs, hmrc, department of revenue, revenue service, internal revenue, attorney general, district attorney, department of justice, court enforcement, courts service, metropolitan police, state police, police department, police fraud, fraud squad, financial crimes, crimes division, the treasury, tax office, ministry of justice, marshal, trading standards]
      - gap: 0
        groups:
          - [this is, i am, it is, my name is, speaking]
          - [officer, detective, deputy, sergeant, constable, inspector, pc, dc, ds, judge, magistrate, marshal, special agent]
      - gap: 3
        groups:
          - [sergeant, constable, officer, detective, inspector, deputy, agent, investigator, investigations]
          - [police, county police, the court, county court, sheriff, the government, federal, financial crimes, crimes division, fraud squad, fraud unit, revenue, hmrc, irs, attorney general, district attorney, magistrate, high court, superior court, treasury, state police, state attorney]
      - gap: 3
        groups:
          - [superior court, county court, district court, high court, magistrates court, the court]
          - [legal department, enforcement unit, enforcement office, collections department, collections unit, debt recovery, recovery unit]
      - gap: 2
        groups:
          - [notice from, message from, letter from, call from, email from, on the instructions of, instructed by]
          - [district attorney, attorney general, sheriff, police, fbi, irs, hmrc, department of revenue, department of justice, magistrate]
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
      - be jailed
      - get jailed
      - be imprisoned
      - get imprisoned
      - have you jailed
      - have you imprisoned
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
      - is theft
      - is stealing
      - as theft
      - theft charges
      - criminal matter
      - criminal case
      - criminal investigation
      - is a crime
      - committing fraud
      - committed fraud
      - guilty of fraud
      - your arrest
      - be detained
      - at the airport
      - at the border
      - your passport
      - immigration
      - lose custody
      - custody of your
      - social services
      - wages docked
      - dock your wages
      - dock your pay
      - docked from your
      - from your paycheck
      - from your paycheque
      - blacklisted nationwide
      - national blacklist
      - take your car
      - take the car
      - tow your car
      - tow the car
      - towed away
      - take your furniture
      - take your belongings
      - take your possessions
      - seize your car
      - seize your belongings
      - freeze your account
      - 拘留
      - 刑事立案
      - 刑事案件
      - 刑事责任
      - 追究刑事
      - 立案侦查
      - 警察上门
      - 等着警察
      - 吃牢饭
      - 牢饭
      - 蹲号子
      - 进局子
      - 坐大牢
      - 劳改
      - 判几年
      - 政审
      - 考公
      - 当兵
      - 参军
      - 考编
      - 连累家人
      - 连累孩子
      - 户口会被
      - 冻结户口
      - 注销户口
      - 户口冻结
      - 身份证用不了
      - 身份证会被
      - 身份证作废
      - 征信黑名单
      - 银行黑名单
      - 全国黑名单
      - 父债子还
      - 拖走
      - 开走你的车
      - 把车开走
      - 收车
      - 扣车
      - 扣你的车
      - 从你工资里扣
      - 工资里扣
      - 扣你工资
      - 扣工资
      - prosecution
      - federal matter
      - federal case
      - federal offense
      - federal offence
      - lien on your
      - lien against your
      - put a lien
      - place a lien
      - 恶意透支
      - 立案标准
      - 够立案
      - 进去是迟早
      - 迟早进去
      - 迟早要进去
      - 把你送进去
      - 送你进去
      - 限制高消费
      - 限制一切高消费
      - 限高
      - 有权直接
      - 强制划扣
      - 直接划扣你
      - 划扣你其他
      - 划扣你名下
      - 冻结你名下
      - 扣划你
    except:
      - 司法拘留
      - 短期拘留
      - 拘留期间
      - 拘留所
      - identity theft
    sequences:
      - gap: 4
        groups:
          - [征信, 信用记录]
          - [永久, 一辈子, 终身]
      - gap: 3
        groups:
          - [移交, 转交, 移送, 交给, 报给, 上报给]
          - [公安, 派出所, 经侦, 刑警, 检察院, 警方]
      - gap: 8
        groups:
          - [not paying, non payment, failure to pay, failing to pay, not pay]
          - [crime, criminal, offence, offense, illegal]
      - gap: 3
        groups:
          - [credit, credit record, credit file]
          - [ruined forever, ruined for life, forever, for life, for the rest of your life]
      - gap: 2
        groups:
          - [we will, we are going to, we will be, we shall, i will, we have, we are, we have already, we can]
          - [file, filing, filed, make, making, made, submit, submitting, submitted, open, opening, opened, lodge, lodging, lodged]
          - [police report, criminal complaint, complaint with the police, report with the police, fraud report, criminal case]
      - gap: 3
        groups:
          - [we will, we can, we are going to, we are coming to, we have the right to, tomorrow we, bailiffs will, our agents will, we will be sending]
          - [take, seize, remove, tow, repossess, clear out, collect]
          - [your car, the car, your vehicle, your furniture, your belongings, your possessions, your things, your stuff, your tv, your house, your home, your property, your goods, your valuables]
      - gap: 3
        groups:
          - [bailiff*, enforcement agent*, the sheriff, repo man, repo men, our agents, our field agents]
          - [will be at your door, at your door, are coming, coming round, on their way, will be round, are being sent, will take, to take your, will be sent round]
      - gap: 3
        groups:
          - [your bank account, your bank accounts, your savings account, your savings, your assets, your wages, your salary, your pension, your accounts, your bank]
          - [will be frozen, frozen, will be seized, seized, will be emptied, emptied, drained, will be taken, be taken, cleared out]
      - gap: 2
        groups:
          - [your wages, your pay, your salary, your paycheck, your benefits, your pension]
          - [docked, deducted, garnished, stopped, cut off, taken, frozen, seized, suspended]
      - gap: 3
        groups:
          - [we will, we are going to, we can, we have]
          - [dock, deduct, garnish, take]
          - [your wages, your pay, your salary, your paycheck, your paycheque, your benefits, your pension]
      - gap: 3
        groups:
          - [your wife, your husband, your spouse, your partner, your parents, your family, your children, your kids, your mother, your father, your mum, your mom, your dad, your son, your daughter, your brother, your sister, your relatives]
          - [legally responsible, responsible for your debt, responsible for this debt, liable for, is liable, are liable, will have to pay, has to pay, have to pay, must pay, inherit your debt, inherit this debt, take on your debt, on the hook]
      - gap: 3
        groups:
          - [blacklist*]
          - [nationwide, for life, forever, everywhere, every bank, all banks, across the country, national, by every lender, by all lenders]
      - gap: 4
        groups:
          - [your social security, your ssn, your national insurance, your passport, your driving licence, your driver's license, your license, your licence]
          - [blacklisted, cancelled, canceled, suspended, revoked, flagged, frozen, seized, taken]
      - gap: 2
        groups:
          - [you could, you will, you would, you might, you can]
          - [lose custody, lose your kids, lose your children, lose your job, lose your visa, be detained, be stopped]
      - gap: 4
        groups:
          - [警察, 公安, 民警, 派出所, 警方, 刑警]
          - [上门, 找你, 来抓, 带走, 抓, 传唤, 来找你]
      - gap: 4
        groups:
          - [不还钱, 不还, 欠钱不还, 拖欠, 逾期, 欠款不还, 恶意逃债, 逃废债]
          - [违法, 犯罪, 诈骗, 刑事, 坐牢, 判刑, 拘留, 抓]
      - gap: 6
        groups:
          - [父母, 你爸妈, 家人, 直系亲属, 亲属, 配偶, 老婆, 老公, 子女, 孩子, 儿子, 女儿, 家属, 兄弟姐妹, 你全家, 全家]
          - [连带责任, 连带还款, 承担还款, 负责还, 有义务还, 有责任还, 要承担, 都要还, 都得还, 必须替你还, 得替你还, 要替你还, 得帮你还, 要帮你还]
      - gap: 6
        groups:
          - [这辈子, 一辈子, 终身, 永远, 下半辈子]
          - [买房, 贷款, 买车, 坐飞机, 坐高铁, 出国, 贷不了, 办不了, 别想]
      - gap: 1
        within: clause
        groups:
          - [征信, 全国, 国家, 所有银行, 银行]
          - [黑名单]
      - gap: 2
        groups:
          - [纳入, 列入, 列为, 上了, 进入, 拉进, 拉入]
          - [失信被执行人, 失信名单, 失信人名单]
      - gap: 8
        groups:
          - [孩子, 子女, 儿子, 女儿, 家人, 全家, 下一代, 三代, 后代]
          - [政审, 考公, 当兵, 参军, 考编, 公务员, 上不了学, 不能上学, 上大学, 受牵连, 连累]
      - gap: 6
        groups:
          - [派人, 叫人, 找人, 我们会, 明天就, 直接, 马上]
          - [拖走, 开走, 收走, 搬走, 拉走, 扣押, 扣车, 收车]
      - gap: 4
        groups:
          - [户口, 身份证, 手机号, 社保, 医保]
          - [冻结, 注销, 作废, 用不了, 停用, 拉黑, 吊销]
      - gap: 4
        groups:
          - [冻结]
          - [微信, 支付宝, 银行卡, 手机号, 社保, 医保, 公积金, 工资卡, 身份证, 户口]
      - gap: 3
        groups:
          - [从你工资, 从你的工资, 工资里, 工资卡里, 你单位直接, 单位直接]
          - [扣, 划扣, 扣除, 扣钱]

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
      - 立案
      - 法庭
      - 开庭
      - 传票
      - 律师
      - 判决
      - 依法追究
      - 法律责任
      - court
      - courts
      - court proceedings
      - proceedings
      - claim form
      - claim against you
      - issue a claim
      - small claims
      - file suit
      - for suit
      - summons
      - served with
      - court papers
      - lawyer*
      - law firm
      - legal department
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
      - time limit for legal action
      - time limit for court action
      - time limit for taking legal action
      - legal time limit
      - limitation period

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
      - balance*
      - behind on
      - behind with
      - seriously behind
      - fallen behind
      - money
      - credit card
      - bill
      - bills
      - finance company
      - lender*
      - creditor*
      - recover*
      - account
      - accounts
      - borrow*
      - lend*
      - 贷后
      - 欠着
      - 欠下
      - 还上
      - 垫上
      - 垫付
      - 信用卡
      - 本金
      - 利息
      - 借了钱
      - 信贷
      - 小贷
      - 消费金融
      - 贷

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
      - lend you
      - can lend
      - loan you
      - borrow off
      - a loan on
      - loan against
      - loan app*
      - lending app*
      - quick loan*
      - instant loan*
      - cash out
      - your 401
      - 401 k
      - retirement savings
      - pension pot
      - on your visa
      - on your mastercard
      - on your amex
      - selling your
      - sell it
      - 借出来
      - 先借
      - 借一笔
      - 下款
      - 套个现
      - 套现
      - 补窟窿
      - 当铺
      - 典当
      - 拿去当
      - 卖了还钱
      - 卖了还
      - 卖掉还
      - 预支
      - 凑一凑
      - 凑钱
      - 东拼西凑
      - 卖手机
      - 卖电脑
      - 卖首饰
      - 卖金子
      - 卖房子
      - 卖家具
      - 帮你垫
      - 撸口子
      - downsize
      - give us the difference
      - 卖一卖
      - 卖卖
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
      - sell it to another
      - sell it on to
      - sell the debt
      - sell your account
      - sell the account
      - sell this debt
      - sell it to a

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
          - [get it from, get the money from, borrow from, borrow it from]
          - [your parents, your family, your friends, your relatives, your mum, your mom, your dad, your partner, your grandmother, your grandma, your nan, your granny, your grandfather, your grandad, your grandparents, your aunt, your uncle, your in laws, your brother, your sister, your cousin, your girlfriend, your boyfriend, your wife, your husband, your kids, your son, your daughter, a friend, your mates]
      - gap: 4
        groups:
          - [ask]
          - [your parents, your family, your friends, your relatives, your mum, your mom, your dad, your partner, your grandmother, your grandma, your nan, your granny, your grandfather, your grandad, your grandparents, your aunt, your uncle, your in laws, your brother, your sister, your cousin, your girlfriend, your boyfriend, your wife, your husband, your kids, your son, your daughter, a friend, your mates]
          - [for the money, for money, for it, for a loan, for cash, to pay, to lend, to help you pay, to help pay, to cover, to chip in, to bail you out, for help paying]
      - gap: 2
        groups:
          - [borrow, borrowing, lend, lending, loan, get the money, get it]
          - [from, off]
          - [anyone, a friend, a mate, your mates, friends, family, your family, your parents, your mum, your mom, your dad, your brother, your sister, a relative, relatives, your boss, your employer, your neighbour, your neighbor, someone, somebody]
      - gap: 3
        groups:
          - [your parents, your mum, your mom, your dad, your family, your friends, your wife, your husband, your partner, your girlfriend, your boyfriend, your brother, your sister, your kids, your son, your daughter, a mate, your mates, your relatives]
          - [lend you, cover it, cover this, cover the, pay it, pay this, help you pay, help out, chip in, bail you out, pay for you, from her wages, from his wages, give you the money, spot you]
      - gap: 3
        groups:
          - [sell, selling, sold, flog, flogging, pawn, pawning, hock, hocking]
          - [it, the car, the house, your car, your house, the watch, your watch, your jewellery, your jewelry, your gold, something, your tv, the tv, your things, your stuff, your phone, your laptop, your furniture, the furniture, your ring, your bike, your motorbike, some stuff, some things, whatever you]
      - gap: 3
        groups:
          - [cash out, cash in, withdraw, raid, dip into, empty, take money out of, take out]
          - [your pension, your 401, your retirement, your isa, your savings, your kids' savings, your children's savings, your super, your superannuation]
      - gap: 4
        groups:
          - [put it on, put this on, pay with, pay it with, use, stick it on, charge it to]
          - [your visa, your mastercard, your amex, a credit card, your credit card, a card, another card, your overdraft, an overdraft]
      - gap: 4
        groups:
          - [亲戚朋友, 亲戚, 朋友, 同事, 同学, 家里, 家人, 老板, 领导]
          - [凑, 凑一凑, 凑凑, 借点, 借一下, 借一借, 借钱, 要点, 要钱, 拿钱]
      - gap: 2
        groups:
          - [下, 撸, 申请, 开, 找, 用, 去, 借]
          - [网贷平台, 平台, 口子, 小额贷, 贷款app, 贷款软件, 借贷软件, 借条, 金条]
      - gap: 6
        groups:
          - [车, 房, 房子, 首饰, 金子, 手表, 金项链, 项链, 戒指, 手机, 电脑, 家具, 家电, 电视, 冰箱, 电动车, 摩托车, 值钱的东西, 家当]
          - [当了, 押了, 当掉, 变卖, 拿去当, 拿去卖, 卖一卖, 卖卖, 卖一下, 处理掉, 出手]
      - gap: 6
        groups:
          - [理财, 公积金, 养老金, 存款, 定期, 保险]
          - [取出来, 提出来, 提取, 取了, 退了, 退保, 拿出来]
      - gap: 2
        groups:
          - [找, 跟, 向]
          - [老板, 领导, 单位, 公司]
          - [预支, 借, 借支]
      - gap: 8
        groups:
          - [女朋友, 男朋友, 对象, 老婆, 老公, 爸妈, 父母, 家里, 亲戚, 朋友]
          - [帮你垫, 先帮你垫, 垫上, 出这笔钱, 出钱]
      - gap: 2
        groups:
          - [take out, get, apply for, grab, use]
          - [a payday loan, payday loans, a payday lender, a cash advance, a quick loan]
      - gap: 3
        groups:
          - [trade in, swap, part exchange, downsize]
          - [the car, your car, the house, your house, your home, the van, your van]
      - gap: 3
        groups:
          - [拿, 用, 借]
          - [她的卡, 他的卡, 别人的卡, 家人的卡, 你老婆的卡, 你老公的卡, 你爸妈的卡, 朋友的卡, 她的信用卡, 他的信用卡]

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
      - no payment plans
      - no plans
      - do not do payment plans
      - do not do plans
      - do not accept payment plans
      - no instalments
      - no installments
      - no exceptions
      - 不接受分期
      - 不做分期
      - 没有分期
      - 不谈分期
      - 别谈分期
      - 别跟我谈分期
      - 不给分期
      - 少一分都不行
      - 一分都不能少
    sequences:
      - gap: 4
        groups:
          - [立即, 马上, 立刻, 现在就, 今天之内, 今天内, 今日内, 今晚, 24小时内, 二十四小时内, 今天, 今日, 今天下午, 今天晚上, 点前, 点之前, 小时内, 分钟内, 明天早上, 明早, 明天上午]
          - [全部, 一次性, 全额, 所有欠款, 还清, 付清, 全款, 全部结清, 一次性结清]
      - gap: 4
        groups:
          - [in full, the full amount, the full balance, the whole amount, the whole balance, the whole, the entire, everything, all of it, lump sum, one payment, the total, the lot, every penny, every cent]
          - [today, tonight, by tomorrow, tomorrow morning, by the morning, within 48 hours, within 24 hours, within 72 hours, within 2 days, within two days, within 3 days, within three days, this afternoon, by 5pm, by noon, by midday, by close of business, by end of day, by the end of the day, within hours, this evening]
      - gap: 8
        groups:
          - [必须, 务必, 一定要]
          - [全部还清, 一次性还清, 全额还清, 全部付清, 全额还款, 一次性还款, 全部结清, 一次性结清, 全部转过来, 全部打过来, 全部到账, 全部还上, 一次性转, 一次性打, 全额转, 一次性付清]
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

# ── What takes a match back, for every rule ───────────────────────────────────────────────────────────
scopes:
  # "We will not contact your employer", 我们不会上门, "he will not be arrested": the sender says it will
  # not happen. Not for insults (你不是人 is one) nor disclosure (saying you cannot discuss his debt discloses it).
  - id: negation
    applies_to: [threat, intimidation, impersonation, false_legal_threat, pressure]
    window: 8
    reach: clause
    cues: [not, cannot, never, no, nobody, too old, too late, unable to, no one, none, neither, nor, 不会, 不能, 不可能, 不得, 不再, 不用, 无权, 无法, 无需, 无须, 从不, 从来不, 从未, 绝不, 决不, 不要求, 不建议, 不必, 没有, 并非, 并不, 不是, 不涉及, 不构成, 不属于, 不至于, 并没有, 不允许, 禁止, 严禁, 切勿, 请勿]
    breakers: [if, unless, or else, or we, otherwise, and, but, then, so, until, because, we, i, they, he, she, 如果, 要是, 否则, 不然, 但, 但是, 可是, 而是, 不过, 只要, 我们, 我, 他们, 他, 她]
    except: [not hesitate, not only, not just, no choice but, no option but, no alternative but, no longer, no excuses, no more excuses, no way out, no exceptions, not paying, if you do not, if you did not, if you have not, if you are not, if you can not, if you will not, if you still do not, if you still have not, if we do not, if we have not, if it is not, if this is not, if payment is not, if the balance is not, if the account is not, if no, or not, whether or not, can not your, can not you, could not your, could not you, will not your, would not your, do not you, do not your, why not, why do not you, can you not, could you not, have you not, is not there, are not there, 不排除, 不惜, 不得不, 不客气, 不手软, 不放过, 不留情, 毫不, 不罢休, 善罢甘休, 别无选择, 不是有, 不是还有, 不是挺, 不是很, 不是都, 难道不, 不是说, 没有别的办法, 没有办法, 没有钱, 没有选择]
  # 不要借网贷, "do not borrow": telling the person not to borrow or sell is the opposite of pressure.
  - id: advice_against
    applies_to: [pressure]
    window: 4
    reach: clause
    cues: [别, 千万别, 不要, 勿, do not, never]
    breakers: [我们, 否则, 不然, 但, we, or, otherwise, but]
    except: [别跟我谈, 别谈, 不要跟我谈, 别废话, 别拖, 不要拖, 别再拖, 别磨蹭, 别想, why do not you, do not you, why not]
  # 客户问是否会坐牢, "asked whether he could go to prison": a question someone asked, answered truthfully.
  - id: question
    applies_to: [threat, intimidation, impersonation, false_legal_threat, pressure]
    window: 6
    reach: clause
    cues: [asked whether, asked if, asks whether, asks if, asking whether, asking if, wondered whether, wondered if, wants to know whether, wanted to know whether, worried whether, worried that, worries that, afraid that, scared that, concerned that, 问是否, 问会不会, 问能否, 问能不能, 问可不可以, 问我们会不会, 询问是否, 询问能否, 询问会不会, 询问可否, 担心会, 担心是否, 担心自己, 害怕会, 是否会]
  # 客户表示打算把车卖掉还款: what the debtor said or means to do, written down in a note.
  - id: reported
    applies_to: [insult, threat, intimidation, false_legal_threat, pressure]
    window: 8
    reach: clause
    cues: [客户表示, 客户称, 客户说, 客户提出, 客户打算, 客户计划, 客户想, 客户骂, 客户辱骂, 客户声称, 债务人表示, 债务人称, 借款人表示, 借款人称, 对方表示, 对方称, customer said, customer says, customer stated, customer offered, customer wants, customer plans, customer shouted, customer called us, debtor said, debtor says, debtor offered, debtor shouted, debtor called us, client said, client offered]
    breakers: [但, 但是, 可是, 随后, 然后, but, however, then]
  # 如果今天能一次性结清, "if you can pay the full balance today": an offer, not a demand.
  - id: offer
    applies_to: [pressure_short_time]
    window: 2
    reach: clause
    cues: [if you pay, if you can, if you are able, if you could, if you choose, if you prefer, if you would like, if you want, if you wish, you can choose, you could choose, you may choose, can, could, able to, 能, 可以, 愿意, 选择, 方便]
  # "If anyone tells you we'll take you to court", 如有人自称法院: someone else's claim, warned against.
  - id: hearsay
    applies_to: [threat, intimidation, impersonation, false_legal_threat, pressure]
    window: 14
    reach: sentence
    cues: [anyone tells you, anybody tells you, someone tells you, somebody tells you, anyone says, someone says, anyone claims, someone claims, anyone claiming, someone claiming, claiming to be, claims to be, pretending to be, pretends to be, posing as, poses as, impersonat*, 有人告诉您, 有人告诉你, 有人对您说, 有人说, 有人声称, 有人自称, 有人冒充, 冒充, 自称, 谎称, 假冒, 声称, 假扮]
    breakers: [but, however, 但, 但是, 而]
  # 法院可依法冻结, "only a court can order it": what a court may do, said truthfully.
  - id: court_decides
    applies_to: [false_legal_consequence]
    window: 6
    reach: clause
    cues: [only a court, a court can, the court can, a court may, the court may, a court could, the court could, ask the court, ask a court, apply to the court, apply to a court, if a court, if the court, unless a court, by order of the court, court order, the court will decide, the court decides, 法院依法, 法院可依法, 法院可以依法, 只有法院, 由法院, 经法院, 申请法院, 法院判决后, 判决生效后, 法院裁定]
    breakers: [we, 我们, 我司]

# Words someone else said, quoted in a note: 客户称“…”, the phrase "…", 使用了“…”一词.
quotation:
  before: [said, says, say, saying, shouted, shouts, yelled, screamed, stated, states, replied, wrote, writes, told us, called us, called me, the phrase, the word, the words, words like, language, used, 称, 说, 说道, 表示, 骂, 骂道, 辱骂, 回复, 喊, 喊道, 声称, 使用了, 用了, 说了, 原话, 这句话]
  after: [一词, 这个词, 这句话, 等词, 等字眼, 字眼, 等用语, 用语, 的说法]

# How people also write a character to slip past a word list: its pinyin, or a character that sounds alike.
homophones:
  法: [fa]
  院: [yuan]
  老: [lao]
  赖: [lai]
  牢: [lao]
  坐: [zuo]
  骗: [pian]
  子: [纸, zi]
  警: [jing]
  察: [cha]
  公: [gong]
  安: [an]
  诉: [su]
  起: [qi]
  逼: [b, bi]
  傻: [sha]
  死: [si]
  杀: [sha]
  曝: [bao, 爆]
`;

let guard: LanguageGuard | undefined;

/** The shipped lexicon, compiled for matching. */
export function defaultLanguageGuard(): LanguageGuard {
  guard ??= languageGuard(parseLexicon(DEFAULT_LEXICON_YAML, 'the shipped lexicon'));
  return guard;
}
