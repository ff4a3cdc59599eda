/**
 * The default playbook, the same text as examples/playbook.yaml (a test holds them equal byte for byte):
 * `playbook show` and `playbook suggest` use it until someone stores a version of their own with
 * `playbook set`. It is compiled in so the built command needs no file beside it. Edit
 * examples/playbook.yaml and copy it here.
 */
export const DEFAULT_PLAYBOOK_YAML = `# Dunwell playbook: how a collector works an account, in zh-CN and English.
# Dunwell 催收手册：催收员如何跟进一个账户，中英文对照。
#
# Every text has a \`zh-CN\` and an \`en\` version. Edit this file and store it with
# \`dunwell playbook set --file playbook.yaml --by USER\`; \`dunwell playbook show\` prints the latest.
# Everything here stays lawful: consequences are stated as facts, never as threats; nobody is deceived;
# third parties (relatives, employers, contacts) are never told about the debt; nobody is insulted.
#
# Method conditions (\`when\`) test an account's facts (see the README's list): \`playbook suggest\` proposes
# a method when any of its rules holds, and gives that rule's \`because\`, with \`{fact}\` filled in.
name: dunwell-default

call:
  title:
    zh-CN: 催收电话的四项核心任务
    en: The four core tasks of a collection call
  tasks:
    - id: ask_for_payment_today
      title:
        zh-CN: 请对方今天还款
        en: Ask for payment today
      guidance:
        zh-CN: >-
          开门见山。先说明自己的身份和来电目的，确认接听的是债务人本人，再告诉对方逾期的金额，请他今天就把钱还上。
          语气要让对方感到这件事很重要，但始终平和、有礼。对方今天能还，就当场确认还款方式和时间；还不了，他自然会说出原因。
        en: >-
          Come to the point. Say who you are and why you are calling, make sure you are speaking to the debtor
          in person, then give the overdue amount and ask for it to be paid today. Sound as if it matters,
          and stay calm and courteous throughout. If they can pay today, settle how and when before you hang
          up; if they cannot, they will tell you why.
      capture:
        - id: can_pay_today
          kind: yes_no
          label:
            zh-CN: 今天能否还款
            en: Can they pay today
        - id: amount_today
          kind: amount
          label:
            zh-CN: 今天能还的金额
            en: Amount they can pay today
    - id: learn_why_late
      title:
        zh-CN: 弄清逾期的原因
        en: Learn why the payment is late
      guidance:
        zh-CN: >-
          先听，不打断，也不先入为主地怀疑对方。用开放式的问题了解发生了什么、什么时候能好转；
          把对方的说法归入理由类别，并问清除了这一项之外还有哪些收入可以先还一部分。细节可以留到后面再核实。
        en: >-
          Listen first, without interrupting and without assuming bad faith. Ask open questions about what
          happened and when it will improve; place what you hear in one of the excuse categories, and ask which
          other income could pay part of the debt meanwhile. Details can be checked later.
      capture:
        - id: excuse
          kind: excuse
          label:
            zh-CN: 理由类别
            en: Excuse category
        - id: reason
          kind: text
          label:
            zh-CN: 对方所说的原因
            en: The reason in their words
        - id: other_sources
          kind: text
          label:
            zh-CN: 其他可用于还款的收入或资产
            en: Other income or assets that could pay
    - id: state_consequences
      title:
        zh-CN: 讲清依法会产生的后果
        en: Set out the lawful consequences
      guidance:
        zh-CN: >-
          结合对方的情况，把不还款依照合同和法律会带来的后果当作事实讲清楚，也讲清按时还款的好处。
          不夸大、不恐吓、不编造，话不说满，为以后的沟通留有余地。只讲下列清单中确实适用于本账户的内容。
        en: >-
          Fitting it to their situation, explain as facts what the contract and the law attach to non-payment,
          and what paying now spares them. Do not exaggerate, threaten or invent anything, and do not say
          everything at once: leave room for the next conversation. State only the points below that really
          apply to this account.
      capture:
        - id: consequences_stated
          kind: checklist
          label:
            zh-CN: 已经讲明的后果
            en: Consequences explained
    - id: secure_promise
      title:
        zh-CN: 以还款承诺结束通话
        en: End with a promise to pay
      guidance:
        zh-CN: >-
          每通电话都要以承诺收尾：金额、具体日期和具体钟点（例如“11月29日星期五17点前”），以及还款方式。
          把承诺复述一遍请对方确认。如果拿不到承诺，就约定下一次联系的日期和钟点。
        en: >-
          Every call ends with a commitment: the amount, an exact day and clock time (for example "Friday
          29 November, by 17:00") and how they will pay. Read it back and have them confirm it. Without a
          promise, agree the day and time of the next contact.
      capture:
        - id: promise_amount
          kind: amount
          label:
            zh-CN: 承诺金额
            en: Amount promised
        - id: promise_date
          kind: date
          label:
            zh-CN: 承诺还款日期
            en: Day promised
        - id: promise_time
          kind: time
          label:
            zh-CN: 承诺还款钟点
            en: Time of day promised
        - id: outcome
          kind: outcome
          label:
            zh-CN: 通话结果
            en: Call outcome
  consequences:
    - id: extra_costs
      text:
        zh-CN: 按合同约定，逾期期间会继续产生罚息和滞纳金，欠款会越来越多。
        en: Under the contract, penalty interest and late fees keep running while the account is overdue, so the debt grows.
    - id: credit_record
      text:
        zh-CN: 逾期信息会按照国家规定如实报送征信系统，影响今后办理贷款、信用卡等业务。
        en: Overdue payments are reported accurately to the credit reference system as the rules require, which affects future loans and cards.
    - id: future_credit
      text:
        zh-CN: 有逾期记录的客户，本机构将不再提供新的授信，按时还款的客户审批更快、条件更好。
        en: We extend no new credit while an account is in default; customers who pay on time get faster decisions and better terms.
    - id: legal_action
      text:
        zh-CN: 协商不成时，本机构可以依法向法院起诉；判决生效后可申请强制执行，诉讼费用由法院判决承担。
        en: If no agreement is reached we may take the matter to court; a final judgment can be enforced, and the court decides who bears the costs.
    - id: collateral_enforcement
      text:
        zh-CN: 有抵押或质押的贷款，本机构可以依照法定程序实现担保物权。
        en: Where the loan is secured, we may enforce the security through the procedure the law sets.
    - id: benefit_of_paying
      text:
        zh-CN: 现在还款可以止住费用的增长，保住信用记录，也保留以后合作的机会。
        en: Paying now stops the costs growing, protects the credit record and keeps the door open for later business.
  rules:
    - zh-CN: 先表明身份并核实对方是债务人本人，再谈欠款；全程录音。
      en: Identify yourself and confirm you are speaking to the debtor before mentioning the debt; record the whole call.
    - zh-CN: 不辱骂、不威胁、不欺骗，不冒充任何人或机关。
      en: Never insult, threaten or deceive, and never pretend to be anyone else or any authority.
    - zh-CN: 不向债务人以外的任何人（亲友、同事、单位、联系人）透露欠款的事；对他们只询问如何联系到债务人本人。
      en: Never tell anyone who does not owe the debt (relatives, colleagues, employers, contacts) about it; ask them only how to reach the debtor.
    - zh-CN: 只在允许的时段联系，遵守联系频次的限制。
      en: Contact only within the permitted hours and contact-frequency limits.
    - zh-CN: 把握分寸，话不说满，为下一次沟通留有余地。
      en: Keep measure and leave room for the next conversation; do not say everything at once.

excuses:
  - category: third_party_owes_me
    label:
      zh-CN: 三角债：别人欠我钱
      en: Someone owes me money
    sounds_like:
      zh-CN: “我的客户还没把工程款给我，他一给我就还。”
      en: '"My customer has not paid me for the job yet; I will pay you as soon as they do."'
    response:
      zh-CN: >-
        不把希望寄托在单一的还款来源上：做生意的人很少只有一笔进账，问清还有哪些收入可以先还一部分。
        请对方说出欠款方的名称、金额和约定的付款日，表示我们愿意帮他一起想办法把这笔钱收回来。
        未经债务人书面同意，不与其欠款方联系。
      en: >-
        Do not rest everything on one source of money: a business seldom has only one customer, so ask which
        other income could pay part now. Ask for the name of whoever owes them, the amount and the agreed
        payment day, and offer to help them get that money in. Never approach their debtor without the
        debtor's written agreement.
    follow_up:
      action: ask_upstream_debtor_details
      text:
        zh-CN: 记录上游欠款方的名称、联系方式、金额和到期日；核实后考虑协助追收或签订三方债权抵顶协议。
        en: Record who owes them, how to reach them, how much and when; once verified, consider helping collect it or a three-party offset.
    arrangements: [offset, plan]
  - category: professional_defaulter
    label:
      zh-CN: 职业欠款人
      en: Habitual defaulter
    sounds_like:
      zh-CN: 对各种催收说法都很熟，每次都推到“下周”，从不给出具体安排。
      en: Knows every collection line, always says "next week" and never commits to anything concrete.
    response:
      zh-CN: >-
        不要重复同样的催款话术。换一种节奏，心平气和地聊他的工作、生意、资产和打算，
        留意前后说法的矛盾并记录下来；在对方主动谈到还款时再具体落实。所有联系如实记录。
      en: >-
        Stop repeating the demand. Change the rhythm: talk calmly about their work, business, assets and plans,
        note where their story contradicts itself, and turn to repayment when they raise it themselves. Record
        every contact faithfully.
    follow_up:
      action: change_rhythm
      text:
        zh-CN: 下一次联系以了解情况为主，整理其资产和收入线索；同时请法务评估诉讼的时机。
        en: Make the next contact about learning their situation and collect leads on assets and income; ask legal to assess when to sue.
    arrangements: []
  - category: over_indebted
    label:
      zh-CN: 多头负债
      en: Owes many lenders
    sounds_like:
      zh-CN: “我欠了好几家，实在还不过来。”
      en: '"I owe several lenders and cannot pay them all."'
    response:
      zh-CN: >-
        承认他的处境，请他把全部情况讲出来：收入、资产、其他债务，以及哪些债权人已经起诉或申请执行。
        说明尽早与我们达成安排可以止住费用的增长；寻找尚未被其他债权人占用的收入或资产，据此提出现实的方案。
      en: >-
        Acknowledge the position and ask for the whole picture: income, assets, the other debts, and which
        creditors have already sued or enforced. Explain that an early arrangement with us stops the costs
        growing, look for income or assets not yet claimed by others, and propose something realistic on that basis.
    follow_up:
      action: trace_assets_and_income
      text:
        zh-CN: 查明全部收入与资产（含公开的法院执行信息）后，在折扣结清、分期和法律途径之间作出选择。
        en: Once every income and asset is known (public court enforcement records included), choose between a discount settlement, a plan and legal action.
    arrangements: [settlement, plan, principal_first]
  - category: co_borrowers_passing_buck
    label:
      zh-CN: 共同借款人互相推诿
      en: Co-borrowers passing the buck
    sounds_like:
      zh-CN: “钱是他用的，你找他去。”
      en: '"They spent the money, go and ask them."'
    response:
      zh-CN: >-
        心平气和地讲清，而且每次都讲：每一位共同借款人都在合同上签了字，都对全部欠款负有还款义务，而不是只还一部分；
        他们之间怎么分担是他们内部的事。可以提出约全部债务人一起当面商量。
      en: >-
        Explain calmly, and every time: each co-borrower signed the contract and owes the whole debt, not a
        share of it; how they divide it between them is their own affair. Offer to meet all the obligors together.
    follow_up:
      action: remind_joint_liability
      text:
        zh-CN: 分别书面通知每一位共同借款人其全额还款义务，并约定共同商谈的时间。
        en: Notify every co-borrower in writing of their liability for the whole debt and set a time to meet together.
    arrangements: [plan, third_party_shares]
  - category: crying_poor_or_scene
    label:
      zh-CN: 哭穷或吵闹
      en: Pleading poverty or making a scene
    sounds_like:
      zh-CN: “我真的一分钱都没有了”，或者提高嗓门、哭诉、扬言投诉。
      en: '"I have not a cent left", or a raised voice, tears, threats to complain.'
    response:
      zh-CN: >-
        认真对待困难，请对方提供证明，例如低保证明、残疾证、住院证明、医疗费票据或失业证明。情况属实的，
        把他所有的收入加起来，扣除基本生活费用，用剩下的部分制定还款计划，必要时降低每期金额。
        对方吵闹时保持冷静，只讲事实；如果他现在的说法与申请贷款时提供的信息不一致，如实指出并记录，不作指控。
      en: >-
        Take hardship seriously and ask for proof: a minimum-living-allowance certificate, a disability card,
        a hospital record, medical bills, or proof of unemployment. If it holds, add up all their income, take
        off basic living costs and build a plan on what is left, lowering the instalment if need be. If they
        make a scene, stay calm and keep to facts; if what they say now differs from what they declared when
        applying, point it out plainly and record it, without accusing them.
    follow_up:
      action: ask_hardship_proof_and_replan
      text:
        zh-CN: 收到困难证明后重新测算还款能力，提出降低每期金额的分期方案并按权限报批。
        en: Once the proof arrives, work out what they can afford and propose a plan with lower instalments for approval.
    arrangements: [plan, principal_first]
  - category: education_loan_dispute
    label:
      zh-CN: 助学（培训）贷款纠纷
      en: Education-loan dispute
    sounds_like:
      zh-CN: “培训机构答应推荐工作却没有兑现，所以我不还。”
      en: '"The school promised me a job and did not deliver, so I will not pay."'
    response:
      zh-CN: >-
        说明贷款合同和与培训机构之间的合同是两份独立的合同：对机构的不满可以向机构、消费者协会或主管部门投诉，
        我们可以告诉他投诉的途径，但贷款仍按约到期。结合他目前的收入提出可以承受的分期方案。
        只与借款人本人（及担保人等债务人）沟通；除非借款人同意，不与其父母或单位谈论这笔贷款。
      en: >-
        Explain that the loan and the contract with the school are separate agreements: a complaint about the
        school goes to the school, the consumer association or the regulator, and we can say how to lodge it,
        but the loan still falls due as agreed. Offer a plan that fits their present income. Talk only with the
        borrower (and any other obligor); never discuss the loan with parents or an employer unless the borrower agrees.
    follow_up:
      action: ask_hardship_proof_and_replan
      text:
        zh-CN: 记录其对机构的投诉情况，了解现在的收入，按收入提出分期方案。
        en: Record their complaint against the school, learn their current income, and propose a plan that fits it.
    arrangements: [plan]
  - category: linked_to_fraud_case
    label:
      zh-CN: 牵涉重大非法集资或诈骗案件
      en: Caught up in a large fraud case
    sounds_like:
      zh-CN: “我们的钱都被某集团的案子套住了，等案子结了再说。”
      en: '"Our money is stuck in the big fraud case; we will talk once it is over."'
    response:
      zh-CN: >-
        问清是哪一个案件、由哪个机关办理、案号是多少。说明我们的债权不因此消灭，了解其业务中仍在产生收入的部分。
        需要时通过正式渠道与办案机关或主管部门沟通，不自行接触案件的其他当事人。
      en: >-
        Ask which case it is, which authority handles it and its reference number. Explain that our claim
        stands regardless, and find out which part of the business still earns. Where needed, speak to the
        authority or regulator handling the case through official channels; never approach the other parties
        to the case yourself.
    follow_up:
      action: follow_official_proceedings
      text:
        zh-CN: 记录案件名称、办案机关和案号，交法务评估是否在该案件或相关程序中申报债权。
        en: Record the case, the authority and the reference, and have legal assess lodging our claim in those proceedings.
    arrangements: [plan, settlement]
  - category: hiding
    label:
      zh-CN: 躲债
      en: Hiding from us
    sounds_like:
      zh-CN: 本人不接电话，家里人说他不在。
      en: The debtor does not answer and the family says they are out.
    response:
      zh-CN: >-
        在允许的时段和频次内继续联系债务人本人的各个联系方式，并向其地址寄送书面通知。
        联系第三方时只核实如何联系到本人、请其转告回电，绝不透露欠款的事，也不请第三方施压。
        仍然联系不上的，安排查找式上门。
      en: >-
        Keep trying the debtor's own contact points within the permitted hours and frequency, and send written
        notice to their address. When you speak to a third party, only confirm how to reach the debtor and ask
        them to pass on a request to call back; never mention the debt and never ask them to press the debtor.
        If the debtor still cannot be reached, arrange a search visit.
    follow_up:
      action: switch_to_locating
      text:
        zh-CN: 转为查找：核实最新的地址、单位和联系方式，必要时两人一组查找式上门。
        en: Switch to locating; confirm the latest address, employer and numbers, and visit in a pair to search if needed.
    arrangements: []
  - category: absconded
    label:
      zh-CN: 携款潜逃
      en: Absconded
    sounds_like:
      zh-CN: 全家搬走，下落不明，可能已经出境。
      en: The whole family has moved away, whereabouts unknown, possibly abroad.
    response:
      zh-CN: >-
        只使用合法的信息来源：债务人自己提供过的资料、征信报告、公开的法院信息。有证据表明涉嫌诈骗的，向公安机关报案，
        由其依法处理。尽快交法务评估起诉和财产保全。
      en: >-
        Use lawful sources only: what the debtor gave us, the credit report, public court records. Where there
        is evidence of fraud, report it to the police and let them act. Refer the account to legal at once for a
        lawsuit and for preserving assets.
    follow_up:
      action: refer_to_legal_review
      text:
        zh-CN: 交法务评估起诉、财产保全和公告送达；同时通过合法渠道继续查找。
        en: Have legal assess a lawsuit, asset preservation and service by public notice; keep locating through lawful channels.
    arrangements: []
  - category: sue_me
    label:
      zh-CN: “有本事去告我”
      en: '"Sue me"'
    sounds_like:
      zh-CN: “你们去法院告吧，判了我再还。”
      en: '"Take me to court; I will pay when a judge tells me to."'
    response:
      zh-CN: >-
        不争吵。把诉讼意味着什么当作事实讲清楚：诉讼费用由法院判决承担，生效判决可以对财产和收入强制执行，
        不履行判决的人可能被法院采取限制措施。在此之前再提出一次协商解决的机会，并准确记录对方的原话。
      en: >-
        Do not argue. State as facts what a lawsuit means: the court decides who bears the costs, a final
        judgment can be enforced against assets and income, and a judgment debtor who does not comply may be
        restricted by the court. Offer once more to settle before that, and record their words exactly.
    follow_up:
      action: refer_to_legal_review
      text:
        zh-CN: 交法务评估诉讼或公证执行的条件和时机。
        en: Have legal assess whether and when to sue or enforce a notarized instrument.
    arrangements: [settlement, plan]
  - category: dead_jailed_incapacitated
    label:
      zh-CN: 死亡、服刑或丧失还款能力
      en: Dead, jailed or incapacitated
    sounds_like:
      zh-CN: 家属告知债务人已去世、正在服刑，或者因病因伤丧失劳动能力。
      en: The family says the debtor has died, is in prison, or can no longer work through illness or injury.
    response:
      zh-CN: >-
        先表示慰问，再请对方提供证明：死亡证明、法院或看守所的文书、医疗证明。如实说明法律的规定：
        债务人去世的，接受继承的继承人在所继承遗产的实际价值范围内清偿债务；配偶只在法律认定为夫妻共同债务时承担责任；
        担保人和共同借款人的责任不受影响。短期拘留的，约定在其释放后再谈。不得声称家属要承担法律规定以外的责任。
      en: >-
        Offer condolences first, then ask for proof: a death certificate, a court or detention document, a
        medical certificate. Explain the law as it is: when a debtor dies, heirs who accept the estate answer for
        the debt only up to the value of what they inherit; a spouse answers only where the law treats it as a
        joint marital debt; guarantors and co-borrowers remain liable. For a short detention, agree to talk after
        release. Never suggest the family owes more than the law says.
    follow_up:
      action: claim_from_estate_or_obligors
      text:
        zh-CN: 向遗产管理人或继承人（以遗产为限）、担保人和共同借款人主张；核实是否有可用于还款的保险。
        en: Claim against the estate administrator or heirs (up to the estate), the guarantors and co-borrowers; check for insurance that could pay.
    arrangements: [third_party_shares, insurance, settlement]
  - category: not_cooperating
    label:
      zh-CN: 本人或联系人不配合
      en: Not cooperating
    sounds_like:
      zh-CN: 接通后马上挂断，反复拒接。
      en: Hangs up as soon as the call connects, again and again.
    response:
      zh-CN: >-
        保持礼貌，换一个允许的时段再联系，不要在短时间内反复拨打。接通后简短而如实地说明来电原因，
        以及账户继续逾期依法会产生的后果（费用增加、征信记录、可能的诉讼），并把同样的内容以书面形式寄送。
      en: >-
        Stay polite, try again at another permitted time, and never redial in a loop. When they answer, say
        briefly and truthfully why you are calling and what continued default lawfully brings (growing costs,
        the credit record, a possible lawsuit), and send the same in writing.
    follow_up:
      action: escalate_to_team_lead
      text:
        zh-CN: 由组长接手下一次联系，或改用书面通知。
        en: Let a team lead take the next contact, or switch to written notice.
    arrangements: []
  - category: contact_shielding_debtor
    label:
      zh-CN: 联系人包庇债务人
      en: A contact shielding the debtor
    sounds_like:
      zh-CN: 联系人明明和债务人有来往，却说不知道、不肯转告。
      en: A contact who clearly knows the debtor says they know nothing and will not pass a message on.
    response:
      zh-CN: >-
        联系人不欠钱，也不会被告知欠款的事。只请他转告债务人回电，并确认联系债务人的方式；感谢他的帮助。
        不纠缠、不反复致电，不冒充他人身份。对方主动提供的信息如实记录。
      en: >-
        A contact owes nothing and is never told about the debt. Ask only that they pass on a request to call
        back and confirm how the debtor can be reached, and thank them. Do not press them, do not call again and
        again, do not pretend to be anyone else. Record what they volunteer.
    follow_up:
      action: switch_to_locating
      text:
        zh-CN: 转为查找：核实债务人本人的最新联系方式和地址。
        en: Switch to locating the debtor's own current numbers and address.
    arrangements: []
  - category: half_lost_contact
    label:
      zh-CN: 半失联
      en: Half-lost contact
    sounds_like:
      zh-CN: 只剩一两个联系人还能接通，其他联系方式都已失效。
      en: Only one or two contacts still answer; every other way to reach the debtor has failed.
    response:
      zh-CN: >-
        此时掌握准确的资料比谈还款更重要。联系上债务人后，请他确认现在的住址和单位，并真诚地提出可以重新商定还款方案。
        掌握地址后两人一组上门，先谈一次性还款；谈不成的，看清其全部资产和收入后再决定是调整方案还是起诉。
      en: >-
        Accurate details matter more now than negotiating. When you reach the debtor, ask them to confirm
        their current address and employer, and make a genuine offer to agree a new repayment plan. With an
        address, visit in a pair and ask first for payment in full; failing that, decide between a new plan and a
        lawsuit once their assets and income are clear.
    follow_up:
      action: switch_to_locating
      text:
        zh-CN: 转为查找：更新地址和单位信息，安排查找式上门。
        en: Switch to locating; update the address and employer, and arrange a search visit.
    arrangements: [plan]

abusive_debtor:
  summary:
    zh-CN: 对方辱骂或恐吓时，不以牙还牙，按顺序给出三次提醒。
    en: When a debtor is abusive or intimidating, never answer in kind; give three warnings in turn.
  warnings:
    - zh-CN: 第一次：请您注意说话的方式，我们好好把这件事谈清楚。
      en: 'First: please mind how you speak, so that we can talk this through properly.'
    - zh-CN: 第二次：我们双方是平等的，我尊重您，也请您尊重我。
      en: 'Second: we are equals in this conversation; I am treating you with respect and ask the same of you.'
    - zh-CN: 第三次：如果继续这样，我将结束这次通话，之后会通过书面通知等其他合法方式与您联系。
      en: 'Third: if this goes on I will end the call, and we will contact you in writing and through other lawful channels.'
  after_warnings:
    zh-CN: 礼貌地结束通话，记录通话结果和对方的原话，报告组长；下一次联系可以由同事或以书面形式进行。
    en: End the call politely, record the outcome and what was said, and tell the team lead; the next contact may come from a colleague or in writing.

visits:
  pairing:
    min_staff: 2
    text:
      zh-CN: 外访至少两人同行，任何人不得单独上门。
      en: Field visits are made by two people at least; nobody visits alone.
  rules:
    - zh-CN: 从到达时起全程录音录像，先表明身份并核实对方身份。
      en: Record the whole visit from arrival; say who you are and confirm who you are speaking to.
    - zh-CN: 只在对方邀请时进入住宅，保持门开着，对方要求离开时立即离开。
      en: Enter a home only when invited, keep the door open, and leave as soon as you are asked to.
    - zh-CN: 绝不收取现金，也不拿走任何财物；还款一律通过银行或正式渠道，可以陪同对方去办理。
      en: Never take cash or any property; payments go through the bank or official channels, and you may go with the debtor to make one.
    - zh-CN: 不向邻居、同事或其他在场的人透露欠款的事。
      en: Never tell neighbours, colleagues or anyone else present about the debt.
    - zh-CN: 气氛变得敌对时立即离开并报告，不与任何人发生肢体冲突。
      en: If the mood turns hostile, leave at once and report it; never get into a physical confrontation.
    - zh-CN: 在合理的时间上门。
      en: Visit at reasonable hours.
  types:
    - id: confirm
      name:
        zh-CN: 确认式上门
        en: Confirming visit
      purpose:
        zh-CN: 当面核实电话里听到的情况：经营或居住状况、逾期原因和还款承诺。第一次电话之后安排确认式上门，是最常用的组合。
        en: Check in person what the call said (how the business or household stands, why the payment is late, the promise made). A first call followed by a confirming visit is the usual pairing.
      when:
        zh-CN: 电话中给出了需要核实的理由或承诺，特别是经营性借款人。
        en: After a call that gave a reason or a promise worth checking, above all with a business debtor.
      checklist:
        - id: identity_and_address
          text:
            zh-CN: 核实债务人身份和地址
            en: Confirm the debtor's identity and address
        - id: observe_situation
          text:
            zh-CN: 观察经营或生活状况（是否正常营业、库存、设备）
            en: Observe the business or household (trading normally, stock, equipment)
        - id: check_reason
          text:
            zh-CN: 核对电话中所说的逾期原因
            en: Check the reason given on the phone
        - id: confirm_promise
          text:
            zh-CN: 重申已有的承诺，或约定新的承诺（金额、日期、钟点）
            en: Restate the promise, or agree one (amount, day, time of day)
        - id: leave_notice
          text:
            zh-CN: 留下书面催收通知
            en: Leave a written notice
        - id: record_findings
          text:
            zh-CN: 当天记录外访结果
            en: Record the findings the same day
    - id: search
      name:
        zh-CN: 查找式上门
        en: Search visit
      purpose:
        zh-CN: 找到联系不上的债务人，取得有效的联系方式。
        en: Find a debtor who cannot be reached and obtain a working way to contact them.
      when:
        zh-CN: 半失联、躲债，或所有电话都无法接通时。
        en: When contact is half lost, the debtor is hiding, or no number answers.
      checklist:
        - id: last_known_address
          text:
            zh-CN: 前往最后已知的住址或经营地址
            en: Go to the last known home or business address
        - id: ask_only_whereabouts
          text:
            zh-CN: 向在场的人只询问债务人是否在此居住或工作、如何联系，绝不提及欠款
            en: Ask anyone present only whether the debtor lives or works there and how to reach them; never mention the debt
        - id: sealed_letter
          text:
            zh-CN: 留下写明债务人本人收启的密封信件，请其回电
            en: Leave a sealed letter addressed to the debtor asking them to call
        - id: new_details
          text:
            zh-CN: 记录对方主动提供的新联系方式
            en: Record any new contact details offered
        - id: report_result
          text:
            zh-CN: 当天报告是否找到债务人
            en: Report the same day whether the debtor was found
    - id: breach
      name:
        zh-CN: 毁约式上门
        en: Broken-promise visit
      purpose:
        zh-CN: 跟进未兑现的承诺或已违约的还款安排。
        en: Follow up a broken promise or a breached arrangement.
      when:
        zh-CN: 承诺未兑现、分期或和解违约之后。
        en: After a promise is broken or a plan or settlement is breached.
      checklist:
        - id: bring_history
          text:
            zh-CN: 带上账户对账单和历次承诺记录
            en: Bring the account statement and the history of promises
        - id: ask_why_broken
          text:
            zh-CN: 问清承诺没有兑现的原因
            en: Ask why the promise was not kept
        - id: state_effects
          text:
            zh-CN: 如实说明违约已经产生的后果（例如分期违约后剩余各期全部到期、罚息恢复计收）
            en: State the consequences now in effect (for a breached plan, every remaining instalment falls due and penalty interest resumes)
        - id: new_promise_or_escalate
          text:
            zh-CN: 取得新的承诺（金额、日期、钟点），或告知将提交上级处理
            en: Secure a new promise (amount, day, time of day) or say the account goes up for escalation
        - id: leave_notice
          text:
            zh-CN: 留下书面通知
            en: Leave a written notice
        - id: record_findings
          text:
            zh-CN: 当天记录外访结果
            en: Record the findings the same day

methods:
  - id: proactive_visit
    name:
      zh-CN: 主动出击法
      en: Go and see the business
    applies_when:
      zh-CN: 经营性借款人逾期，需要到其经营场所了解真实情况时。
      en: A business debtor is past due and the real situation is best seen where the business operates.
    needs:
      zh-CN: 两人一组的外访，经营地址，书面催收通知。
      en: A field visit in a pair, the business address, a written notice.
    lawful_limits:
      zh-CN: 只在营业时间拜访，全程录音录像，不在员工或客户面前谈论欠款。
      en: Visit in business hours, record the visit, and never discuss the debt in front of staff or customers.
    arrangements: []
    when:
      - if: { customer_type: [small_business, company], dpd: { gte: 1 } }
        because:
          zh-CN: 借款人是经营者（{customer_type}），已逾期{dpd}天：到其经营场所了解实情。
          en: A business debtor ({customer_type}), {dpd} days past due; see the business where it operates.
  - id: empathy_first
    name:
      zh-CN: 感情投入法
      en: Listen first
    applies_when:
      zh-CN: 逾期初期，或债务人诉说困难时：先倾听，站在对方的角度找出路。
      en: Early in the delinquency, or when the debtor describes hardship; listen first and look for a way out from their side.
    needs:
      zh-CN: 时间和耐心，一位能够倾听的催收员。
      en: Time, patience and a collector who listens.
    lawful_limits:
      zh-CN: 同情不等于许诺：不作超出权限的让步承诺。
      en: Sympathy is not a concession; promise nothing beyond your authority.
    arrangements: []
    when:
      - if: { stage: early, promises_broken: 0 }
        because:
          zh-CN: 逾期初期（{dpd}天）且从未失约：先倾听，了解困难。
          en: Early delinquency ({dpd} days) and no broken promise; listen to what went wrong.
      - if: { dpd: { gte: 1 }, recent_outcomes: [hardship] }
        because:
          zh-CN: 近30天债务人诉说了困难：先理解，再一起找办法。
          en: The debtor described hardship in the last 30 days; understand first, then look for a way together.
  - id: review_the_books
    name:
      zh-CN: 参与核算法
      en: Go through the books together
    applies_when:
      zh-CN: 经营性借款人愿意配合，但经营出现问题时：一起核对账目，找出增收节支的办法。
      en: A business debtor who cooperates but whose business is struggling; go through the accounts together to find savings and income.
    needs:
      zh-CN: 借款人自愿提供的真实账目，懂财务的同事。
      en: Real accounts the debtor shares voluntarily, a colleague who reads accounts.
    lawful_limits:
      zh-CN: 只在借款人同意时查看账目，对商业信息保密。
      en: Look at the books only with the debtor's consent, and keep business information confidential.
    arrangements: [plan]
    when:
      - if: { customer_type: [small_business, company], dpd: { gte: 31 }, rpc_30: { gte: 1 } }
        because:
          zh-CN: 经营性借款人逾期{dpd}天，近30天仍有{rpc_30}次有效联系：可以一起核对经营账目。
          en: A business debtor {dpd} days past due and still in touch (right-party contacts in 30 days, {rpc_30}); go through the books together.
  - id: help_collect_receivables
    name:
      zh-CN: 帮助讨债法
      en: Help collect what they are owed
    applies_when:
      zh-CN: 债务人因自己的应收账款收不回来而逾期时：帮他梳理应收账款，先易后难地追收，回款优先还贷。
      en: The debtor is late because their own customers do not pay; help them sort their receivables, chase the easiest first, and put what comes in towards the loan.
    needs:
      zh-CN: 应收账款清单（笔数、金额、账龄、欠款方），债务人的授权。
      en: A list of receivables (count, amounts, age, who owes), the debtor's authority.
    lawful_limits:
      zh-CN: 只以债务人的名义并经其书面授权协助追收，不向其欠款方透露我们的债权。
      en: Help only in the debtor's name and with their written authority; never disclose our claim to their customers.
    arrangements: [offset, plan]
    when:
      - if: { last_excuse: third_party_owes_me, dpd: { gte: 1 } }
        because:
          zh-CN: 最近一次给出的理由是别人欠他钱：问清应收账款，协助他收回。
          en: The last excuse given was that someone owes them money; find out the receivables and help bring them in.
      - if: { collateral_types: receivable, dpd: { gte: 1 } }
        because:
          zh-CN: 账户以应收账款作担保：协助债务人收回应收账款用于还款。
          en: The account is secured on receivables; help the debtor collect them towards the loan.
  - id: business_advice
    name:
      zh-CN: 出谋划策法
      en: Advise on the business
    applies_when:
      zh-CN: 经营性借款人仍有挽救的可能时：帮他找出管理和经营上的问题，介绍相关的法律知识。
      en: A business debtor that can still be turned around; help find what is wrong in how it is run and share useful legal knowledge.
    needs:
      zh-CN: 熟悉行业的同事，借款人的配合。
      en: A colleague who knows the trade, the debtor's cooperation.
    lawful_limits:
      zh-CN: 只提建议，不干预经营决策，不以建议换取不当利益。
      en: Advise only; never take over business decisions or seek any favour in return.
    arrangements: [plan]
    when:
      - if: { customer_type: [small_business, company], dpd: { between: [1, 90] }, promises_broken: { lte: 1 } }
        because:
          zh-CN: 经营性借款人逾期{dpd}天，失约不超过一次：帮他找出经营上的症结。
          en: A business debtor {dpd} days past due with at most one broken promise; help find what is holding the business back.
  - id: recovery_funding
    name:
      zh-CN: 资金启动法
      en: Fund the recovery
    applies_when:
      zh-CN: 人品可靠、有经营能力的借款人因自然灾害或意外损失而逾期时：评估是否提供新的资金支持，帮他恢复生产。
      en: A reliable, capable borrower set back by a natural disaster or an accident; assess whether new funding would get them producing again.
    needs:
      zh-CN: 损失的证明，按正常授信流程审批的新贷款。
      en: Proof of the loss, and new credit approved through the normal lending process.
    lawful_limits:
      zh-CN: 新贷款必须按正常授信标准审批，不得用于掩盖不良贷款。
      en: New credit must meet the normal lending standards and must never be used to hide a bad loan.
    arrangements: [plan]
    when:
      - if:
          customer_type: [small_business, company]
          dpd: { gte: 1 }
          promises_broken: 0
          arrangements_breached: 0
          recent_outcomes: [hardship]
        because:
          zh-CN: 此前从未失约的经营者近期报告了困难：评估是否以新的资金支持帮其恢复经营。
          en: A business debtor with no broken promise reported hardship recently; assess whether new funding would restore the business.
  - id: trusted_person
    name:
      zh-CN: 借助关系法（征得本人同意）
      en: A person the debtor trusts (with consent)
    applies_when:
      zh-CN: 债务人有一位他信任、也愿意帮忙的人时：在债务人本人同意后，请这位亲友一起商量还款办法。
      en: The debtor has someone they trust who is willing to help; with the debtor's own consent, that person joins the conversation about repayment.
    needs:
      zh-CN: 债务人明确的同意（记录在案）。
      en: The debtor's explicit consent, recorded.
    lawful_limits:
      zh-CN: 未经债务人同意，不向任何亲友透露欠款；亲友没有还款义务，不得向其施压。
      en: Without the debtor's consent nobody is told about the debt; relatives and friends owe nothing and are never pressed.
    arrangements: [third_party_shares]
    when:
      - if: { dpd: { gte: 31 }, rpc_30: { gte: 1 }, third_parties: { includes_any: [spouse, relative, friend] } }
        because:
          zh-CN: 债务人有登记的亲友（{third_parties}），且近30天仍能联系到本人：可征得本人同意后请其信任的人一起商量。
          en: The debtor has relatives or friends on record ({third_parties}) and is still reachable; with their consent, bring in someone they trust.
  - id: mediation
    name:
      zh-CN: 调解法
      en: Mediation
    applies_when:
      zh-CN: 双方僵持、即将起诉之前：通过人民调解委员会或法院的诉前调解，由中立的第三方帮助双方达成一致。
      en: A standoff just before a lawsuit; a neutral mediator (a people's mediation committee or the court's pre-action mediation) helps both sides agree.
    needs:
      zh-CN: 调解申请，账户资料，有权限达成和解的人员到场。
      en: An application for mediation, the account file, someone with authority to settle present.
    lawful_limits:
      zh-CN: 只通过依法设立的调解组织或法院调解，不请无关的干部或警察出面施压。
      en: Use only lawfully constituted mediation bodies or the court; never ask officials or police who have no role to put pressure on the debtor.
    arrangements: [settlement, plan]
    when:
      - if: { dpd: { gte: 61 }, recent_outcomes: { includes_any: [refused, dispute] } }
        because:
          zh-CN: 已逾期{dpd}天，近30天债务人拒绝或提出争议：在起诉前可申请调解。
          en: '{dpd} days past due and the debtor refused or disputed in the last 30 days; try mediation before suing.'
      - if: { last_excuse: education_loan_dispute, dpd: { gte: 31 } }
        because:
          zh-CN: 债务人以与培训机构的纠纷为由拒绝还款：调解可以把两件事分开处理。
          en: The debtor withholds payment over a dispute with a school; mediation can separate the two matters.
  - id: all_obligors_together
    name:
      zh-CN: 多方参与法（全体债务人）
      en: All the obligors at one table
    applies_when:
      zh-CN: 账户有多位债务人（共同借款人、担保人）时：约全体债务人一起商谈，大家当面把还款安排定下来。
      en: The account has several obligors (co-borrowers, guarantors); meet them all together and settle the repayment face to face.
    needs:
      zh-CN: 全体债务人的联系方式，约定的时间和地点。
      en: Every obligor's contact details, an agreed time and place.
    lawful_limits:
      zh-CN: 参加者只限于对本债务负有责任的人；不动员同事、同学、邻居等无关的人参与。
      en: Only people liable for the debt take part; never enlist colleagues, classmates, neighbours or anyone else.
    arrangements: [plan, third_party_shares]
    when:
      - if: { last_excuse: co_borrowers_passing_buck, dpd: { gte: 1 } }
        because:
          zh-CN: 共同借款人互相推诿：约齐所有债务人当面说清。
          en: The co-borrowers are passing the buck; get every obligor in one room.
      - if:
          dpd: { gte: 61 }
          promises_broken: { gte: 1 }
          any: [{ has_guarantor: true }, { has_co_borrower: true }]
        because:
          zh-CN: 逾期{dpd}天、已失约{promises_broken}次，账户另有共同借款人或担保人：约全体债务人一起商定还款。
          en: '{dpd} days past due, promises broken ({promises_broken}), and other obligors on the account; agree repayment with all of them together.'
  - id: concerted_team
    name:
      zh-CN: 群体进攻法（集中攻坚）
      en: A concerted team effort
    applies_when:
      zh-CN: 个人努力已经用尽的难点账户：几位催收员一起研究，选好时机，在一段时间内集中、连续地跟进。
      en: A hard account one collector has exhausted; several collectors study it together, pick the moment and work it intensively for a while.
    needs:
      zh-CN: 组长安排的攻坚小组（至少三人），统一的方案。
      en: A team of three or more set up by a team lead, one shared plan.
    lawful_limits:
      zh-CN: 联系的总频次仍须在规定的限度之内，不得轮番轰炸。
      en: Contact in total stays within the frequency limits; no barrage of calls.
    arrangements: []
    when:
      - if: { dpd: { gte: 31 }, days_without_rpc: { gte: 20 } }
        because:
          zh-CN: 已逾期{dpd}天，{days_without_rpc}天没有有效联系：组织集中攻坚。
          en: '{dpd} days past due and {days_without_rpc} days without a right-party contact; organise a concerted effort.'
  - id: fresh_collector
    name:
      zh-CN: 人员交换法
      en: A fresh collector
    applies_when:
      zh-CN: 同一位催收员跟进很久却没有进展时：换一位同事，换一种方式。
      en: One collector has worked the account for a long time without progress; let a colleague try another way.
    needs:
      zh-CN: 组长重新分配账户。
      en: A team lead reassigning the account.
    lawful_limits:
      zh-CN: 交接时完整移交记录，新的催收员同样遵守全部规则。
      en: Hand over the full record; the new collector follows every rule just the same.
    arrangements: []
    when:
      - if: { days_with_collector: { gte: 21 }, days_without_rpc: { gte: 14 } }
        because:
          zh-CN: 当前催收员已跟进{days_with_collector}天，{days_without_rpc}天没有有效联系：换一位同事试试。
          en: The current collector has had the account {days_with_collector} days, with no right-party contact for {days_without_rpc}; let a colleague try.
      - if: { days_with_collector: { gte: 21 }, promises_broken: { gte: 2 } }
        because:
          zh-CN: 当前催收员已跟进{days_with_collector}天，承诺已失约{promises_broken}次：换一位同事换一种方式。
          en: The current collector has had the account {days_with_collector} days and promises were broken ({promises_broken}); a fresh voice may help.
  - id: lead_steps_in
    name:
      zh-CN: 领导出面法
      en: The team lead steps in
    applies_when:
      zh-CN: 工作推进不下去时：由组长或经理亲自联系债务人。
      en: When the work stalls, a team lead or manager contacts the debtor in person.
    needs:
      zh-CN: 组长或经理的时间，完整的账户记录。
      en: A team lead's or manager's time, the full account record.
    lawful_limits:
      zh-CN: 领导出面同样只讲事实和依法的后果。
      en: A lead speaks to the same rules, facts and lawful consequences only.
    arrangements: [settlement, plan]
    when:
      - if: { promises_broken: { gte: 2 }, dpd: { gte: 1 } }
        because:
          zh-CN: 已有{promises_broken}次承诺没有兑现：请组长出面。
          en: 'Promises broken so far, {promises_broken}; the team lead should step in.'
      - if: { arrangements_breached: { gte: 1 }, dpd: { gte: 1 } }
        because:
          zh-CN: 已有{arrangements_breached}个还款安排违约：请组长出面重新商谈。
          en: 'Arrangements breached so far, {arrangements_breached}; the team lead should renegotiate.'
  - id: company_governance
    name:
      zh-CN: 组织干预法（企业内部治理）
      en: Take it to the company's owners
    applies_when:
      zh-CN: 债务人是企业时：把问题提交到企业的法定代表人、股东会或董事会，由有决定权的人处理。
      en: The debtor is a company; put the matter to its legal representative, shareholders or board, the people who decide for it.
    needs:
      zh-CN: 企业的工商登记信息，正式的书面函件。
      en: The company's registry details, a formal letter.
    lawful_limits:
      zh-CN: 只与企业本身及其决策机构沟通；对个人债务人，绝不致函其单位、党组织或任何授予其荣誉的机构。
      en: Deal only with the company and its governing bodies; for a person, never write to their employer, party organisation or any body that honoured them.
    arrangements: [settlement, plan]
    when:
      - if: { customer_type: company, dpd: { gte: 31 } }
        because:
          zh-CN: 债务人是企业，已逾期{dpd}天：把问题提交到其法定代表人、股东会或董事会。
          en: A company debtor {dpd} days past due; put the matter to its legal representative, shareholders or board.
      - if:
          customer_type: [small_business, company]
          dpd: { gte: 1 }
          watch: { includes_any: [ownership_change, management_change] }
        because:
          zh-CN: 企业的股权或管理层发生了变化（{watch}）：尽快与新的负责人确认这笔债务。
          en: The business changed owners or management ({watch}); confirm the debt with whoever is now in charge.
  - id: follow_cash_inflows
    name:
      zh-CN: 信息捕捉法（跟踪资金进项）
      en: Follow the money coming in
    applies_when:
      zh-CN: 债务人有回款、销售收入或发薪日时：掌握资金到账的时点，在有钱的时候及时跟进。
      en: The debtor has sales, receivables coming in or a payday; know when money arrives and follow up when it does.
    needs:
      zh-CN: 债务人自己提供或合法公开的经营和收入信息。
      en: Business and income information the debtor gave us or that is lawfully public.
    lawful_limits:
      zh-CN: 冻结账户只能通过法院；不通过非法途径获取他人的账户或交易信息。
      en: Only a court can freeze an account; never obtain account or transaction data by unlawful means.
    arrangements: []
    when:
      - if: { customer_type: [small_business, company], dpd: { gte: 1 } }
        because:
          zh-CN: 经营性借款人：关注其回款、销售和资产处置的时点，在资金到账时跟进。
          en: A business debtor; watch when receivables, sales and asset sales bring money in, and follow up then.
      - if: { watch: employer_change, dpd: { gte: 1 } }
        because:
          zh-CN: 借款人更换了工作单位：了解新的发薪日，在发薪日前后跟进。
          en: The debtor changed employer; learn the new payday and follow up around it.
  - id: firm_and_gentle
    name:
      zh-CN: 刚柔相济法
      en: Firm and gentle in turn
    applies_when:
      zh-CN: 能联系上但一再拖延的债务人：因人而异，先讲情、再讲理、后讲法，或者反过来。
      en: A reachable debtor who keeps delaying; depending on the person, appeal to goodwill, then reason, then the law, or the other way round.
    needs:
      zh-CN: 对债务人性格的了解，历次联系的记录。
      en: A sense of the debtor's character, the record of past contacts.
    lawful_limits:
      zh-CN: “刚”是讲清依法的后果，不是威胁或羞辱。
      en: Firm means stating the lawful consequences, never threats or humiliation.
    arrangements: [plan]
    when:
      - if: { dpd: { gte: 31 }, promises_broken: { gte: 1 }, rpc_30: { gte: 1 } }
        because:
          zh-CN: 能联系上，但已失约{promises_broken}次：交替讲情、讲理、讲法。
          en: Reachable, but promises were broken ({promises_broken}); alternate goodwill, reason and the law.
  - id: two_roles
    name:
      zh-CN: 黑白脸法（两人配合）
      en: Two colleagues, two roles
    applies_when:
      zh-CN: 面谈中债务人态度强硬时：一人讲清依法处置的后果，另一人协商可行的方案，最后商定还款时间和金额。
      en: A debtor who takes a hard line in a meeting; one colleague sets out the lawful consequences, the other works out a feasible arrangement, ending with an amount and a date.
    needs:
      zh-CN: 两名外访或催收人员，事先商定的方案和让步的权限。
      en: Two field agents or collectors, a plan agreed beforehand and authority for any concession.
    lawful_limits:
      zh-CN: 两人所说的都必须属实；任何拆卸、查封、扣押、拍卖都只能依法通过法院进行，不得以此相威胁。
      en: Both must speak the truth; dismantling, sealing, seizing or auctioning anything happens only through a court, and is never used as a threat.
    arrangements: [settlement, plan]
    when:
      - if: { dpd: { gte: 61 }, recent_outcomes: [refused] }
        because:
          zh-CN: 已逾期{dpd}天，近30天债务人明确拒绝还款：两人配合面谈。
          en: '{dpd} days past due and the debtor refused outright in the last 30 days; meet them as a pair with two roles.'
  - id: family_shares
    name:
      zh-CN: 分解法（家人自愿分担）
      en: Family members share it voluntarily
    applies_when:
      zh-CN: 债务人因年老、疾病、伤残而无力偿还、金额不大时：与愿意帮忙的子女或亲属商量分担。
      en: The debtor cannot pay through age, illness or disability and the sum is modest; agree shares with children or relatives who are willing to help.
    needs:
      zh-CN: 债务人的同意（或继承人的身份），每位分担人的书面承诺。
      en: The debtor's consent (or the heirs' standing), a written undertaking from each person who shares.
    lawful_limits:
      zh-CN: 家人没有法定还款义务的，只能自愿分担；未经债务人同意不向家人透露欠款；继承人只在继承遗产的范围内负责。
      en: Family members without a legal duty pay only if they choose to; they are told only with the debtor's consent; heirs answer only up to the estate.
    arrangements: [third_party_shares]
    when:
      - if: { last_excuse: dead_jailed_incapacitated, dpd: { gte: 1 } }
        because:
          zh-CN: 债务人去世、服刑或丧失还款能力：可与愿意帮忙的家人商量分担。
          en: The debtor died, is in prison or cannot work; agree shares with family members willing to help.
      - if: { customer_type: retiree, recent_outcomes: [hardship], dpd: { gte: 1 } }
        because:
          zh-CN: 退休借款人报告了困难：征得本人同意后，与愿意帮忙的子女商量。
          en: A retired borrower reported hardship; with their consent, talk with children who are willing to help.
  - id: project_transfer
    name:
      zh-CN: 转让法
      en: Transfer the business
    applies_when:
      zh-CN: 项目或企业已经无法继续经营时：寻找有实力的同行整体接手，包括承接贷款，把损失降到最低。
      en: A project or business that can no longer go on; find a capable operator to take it over whole, loan included, to keep the loss small.
    needs:
      zh-CN: 借款人的同意，接手方的资信审查，三方书面协议。
      en: The borrower's agreement, a credit check of the buyer, a written three-party agreement.
    lawful_limits:
      zh-CN: 债务转移须经债权人同意并签订书面协议；不强迫借款人出售。
      en: A transfer of the debt needs our consent and a written agreement; the borrower is never forced to sell.
    arrangements: [settlement]
    when:
      - if: { customer_type: [small_business, company], dpd: { gte: 91 } }
        because:
          zh-CN: 经营性借款人已逾期{dpd}天：评估整体转让的可能。
          en: A business debtor {dpd} days past due; assess a transfer of the business as a whole.
      - if:
          customer_type: [small_business, company]
          dpd: { gte: 1 }
          watch: { includes_any: [ownership_change, management_change, insolvency] }
        because:
          zh-CN: 企业发生了变化（{watch}）：了解是否有人接手，并确认贷款如何处理。
          en: The business changed ({watch}); find out whether someone is taking it over and what happens to the loan.
  - id: receivable_offset
    name:
      zh-CN: 债权抵顶法
      en: Offset with their own receivable
    applies_when:
      zh-CN: 债务人对第三方有可以收回的债权时：评估该第三方的偿债能力后，以三方书面协议用这笔债权抵顶贷款。
      en: The debtor has a collectable claim on a third party; once that party's ability to pay is assessed, set the claim against the loan by a written three-party agreement.
    needs:
      zh-CN: 债务人、其债务人和本机构三方签署的书面协议，对第三方偿债能力的评估。
      en: A written agreement signed by the debtor, their debtor and us, an assessment of the third party's ability to pay.
    lawful_limits:
      zh-CN: 在贷款还清之前不免除借款人的还款义务；只在三方都同意时与第三方接触。
      en: The borrower stays liable until the loan is paid; approach the third party only once all three agree.
    arrangements: [offset]
    when:
      - if: { last_excuse: third_party_owes_me, dpd: { gte: 1 } }
        because:
          zh-CN: 债务人说别人欠他钱：评估以这笔应收款抵顶贷款。
          en: The debtor says someone owes them money; assess setting that receivable against the loan.
      - if: { collateral_types: receivable, dpd: { gte: 1 } }
        because:
          zh-CN: 账户以应收账款作担保：评估以该应收账款直接抵顶。
          en: The account is secured on receivables; assess offsetting them directly.
  - id: instalment_plan
    name:
      zh-CN: 化整为零法
      en: Instalment plan
    applies_when:
      zh-CN: 债务人一次还不清、但有持续的收入时：按实际还款能力分期，签订还款协议，逐步还清。
      en: The debtor cannot pay at once but has steady income; split the arrears into instalments they can afford, under a written agreement.
    needs:
      zh-CN: 收入和支出的核实，按权限审批的分期方案。
      en: Income and outgoings checked, a plan approved within the authority ladder.
    lawful_limits:
      zh-CN: 每期金额要给债务人留下基本生活费。
      en: Every instalment leaves the debtor enough for basic living costs.
    arrangements: [plan]
    when:
      - if:
          dpd: { gte: 1 }
          any: [{ last_excuse: [crying_poor_or_scene, over_indebted] }, { recent_outcomes: [hardship] }]
        because:
          zh-CN: 债务人报告了困难：按其实际能力分期。
          en: The debtor reported hardship; spread the arrears over what they can afford.
      - if:
          dpd: { gte: 31 }
          pay_ratio_90: { gt: 0 }
          not: { open_arrangements: [plan, principal_first, settlement] }
        because:
          zh-CN: 过去90天仍有部分还款（还款率{pay_ratio_90}），目前没有还款安排：分期可以帮他坚持下去。
          en: Still paying part (90-day pay ratio {pay_ratio_90}) and no arrangement in place; a plan can keep them going.
  - id: principal_first
    name:
      zh-CN: 先本后息法
      en: Principal first
    applies_when:
      zh-CN: 借款人品质不错、愿意配合，但利息越积越多时：先收本金止住利息，再收利息。
      en: A willing borrower buried under growing interest; collect the principal first to stop the interest, then the interest.
    needs:
      zh-CN: 书面协议，按权限审批的减免或延后。
      en: A written agreement, any waiver or deferral approved within the authority ladder.
    lawful_limits:
      zh-CN: 减免或延后利息须经有权限的人员批准并记录在案。
      en: Waiving or deferring interest needs approval by someone with the authority, on record.
    arrangements: [principal_first]
    when:
      - if: { dpd: { gte: 31 }, cost_share: { gte: 0.2 }, promises_broken: { lte: 1 } }
        because:
          zh-CN: 欠款中利息、罚息和费用已占{cost_share}：先还本金可以止住利息的增长。
          en: Interest, penalty and fees are already {cost_share} of the debt; paying principal first stops it growing.
  - id: insurance_proceeds
    name:
      zh-CN: 保险收益清偿法
      en: Insurance proceeds
    applies_when:
      zh-CN: 债务人因意外、疾病或死亡无法还款，而有约定可用于还款的保险时：协助办理理赔，理赔款优先还贷。
      en: The debtor cannot pay through accident, illness or death and holds insurance agreed to repay the loan; help with the claim and put the proceeds towards the loan.
    needs:
      zh-CN: 保单，理赔材料，受益人或继承人的配合。
      en: The policy, the claim documents, the beneficiary's or heirs' cooperation.
    lawful_limits:
      zh-CN: 只在保单约定的范围内使用理赔款。
      en: Use the proceeds only as the policy provides.
    arrangements: [insurance]
    when:
      - if: { deceased: true, insured: true }
        because:
          zh-CN: 借款人已去世：如有保险，理赔款可用于还款。
          en: The borrower died; any insurance may pay the debt.
      - if: { last_excuse: dead_jailed_incapacitated, insured: true }
        because:
          zh-CN: 债务人因故丧失还款能力：如有保险，可申请理赔。
          en: The debtor can no longer pay; any insurance may be claimed.
  - id: guarantor_pursuit
    name:
      zh-CN: 担保责任追究法
      en: Hold the guarantor to the guarantee
    applies_when:
      zh-CN: 账户有担保人、借款人不能按期还款时：借款人和担保人一并追究，直至本息还清。
      en: The account has a guarantor and the borrower does not pay; pursue borrower and guarantor together until everything is paid.
    needs:
      zh-CN: 担保合同，向担保人发出的书面通知。
      en: The guarantee contract, written notice to the guarantor.
    lawful_limits:
      zh-CN: 在保证期间和保证范围内主张；对担保人同样遵守全部联系规则。
      en: Claim within the guarantee's period and scope; the guarantor is contacted under the same rules as the borrower.
    arrangements: [plan, settlement]
    when:
      - if: { has_guarantor: true, dpd: { gte: 31 } }
        because:
          zh-CN: 账户有担保人，已逾期{dpd}天：要求担保人依合同承担保证责任。
          en: The account has a guarantor and is {dpd} days past due; call on the guarantee.
      - if: { has_guarantor: true, promises_broken: { gte: 1 }, dpd: { gte: 1 } }
        because:
          zh-CN: 借款人已失约{promises_broken}次，账户有担保人：通知担保人其保证责任。
          en: The borrower broke promises ({promises_broken}) and there is a guarantor; notify the guarantor of their liability.
  - id: collateral_enforcement
    name:
      zh-CN: 抵质押品处置法
      en: Review and enforce the collateral
    applies_when:
      zh-CN: 有抵押或质押的贷款逾期时：复核担保物的现值，必要时依法定程序处置。
      en: A secured loan past due; check the collateral's current value and, when needed, enforce it through the legal procedure.
    needs:
      zh-CN: 抵质押合同和登记证明，最新的评估价值，法务意见。
      en: The security agreement and its registration, a current valuation, legal advice.
    lawful_limits:
      zh-CN: 只能通过法院或法律规定的程序处置担保物，不得自行扣押或变卖。
      en: Collateral is realised only through the court or the procedure the law sets; never seized or sold by us.
    arrangements: [debt_for_asset, settlement]
    when:
      - if: { has_collateral: true, dpd: { gte: 31 } }
        because:
          zh-CN: 有担保物（{collateral_types}，覆盖欠款的{collateral_cover}），已逾期{dpd}天：复核其现值是否仍足以覆盖欠款。
          en: Collateral on file ({collateral_types}, covering {collateral_cover} of the debt), {dpd} days past due; check it still covers the debt.
      - if: { has_collateral: true, dpd: { gte: 181 } }
        because:
          zh-CN: 有担保物且已逾期{dpd}天：依法申请实现担保物权。
          en: Collateral on file and {dpd} days past due; apply to enforce the security.
  - id: debt_for_asset
    name:
      zh-CN: 以物抵贷法
      en: Take an asset in payment
    applies_when:
      zh-CN: 借款人经营走下坡、已无力用现金还款时：尽快协商以房产、设备、车辆或存货等作价抵偿贷款本息。
      en: A borrower in decline with no cash to pay; agree quickly to take property, equipment, vehicles or stock at a valuation against the loan.
    needs:
      zh-CN: 独立评估，借款人自愿签订的抵债协议，资产权属证明。
      en: An independent valuation, a settlement agreement the borrower signs freely, proof of title.
    lawful_limits:
      zh-CN: 必须双方自愿并签订书面协议，作价公允；不得未经同意拿走任何财物。
      en: Only by free written agreement at a fair valuation; nothing is ever taken without consent.
    arrangements: [debt_for_asset]
    when:
      - if:
          dpd: { gte: 91 }
          pay_ratio_90: { lt: 0.2 }
          any: [{ has_collateral: true }, { customer_type: [small_business, company] }]
        because:
          zh-CN: 已逾期{dpd}天，90天还款率只有{pay_ratio_90}，但有可以作价的资产：协商以物抵债。
          en: '{dpd} days past due with a 90-day pay ratio of {pay_ratio_90}, but with assets to value; negotiate taking an asset in payment.'
  - id: discount_settlement
    name:
      zh-CN: 折扣法
      en: Discount settlement
    applies_when:
      zh-CN: 多家债权人同时追讨、债务人的资产正在被瓜分时：果断协商折扣结清，能收回多少算多少。
      en: Several creditors are closing in and the debtor's assets are going to whoever moves first; settle at a discount quickly and recover what can be recovered.
    needs:
      zh-CN: 对全部资产和负债的了解，先回答三个资格问题，按权限审批的折扣。
      en: A view of all assets and debts, the three qualifying questions answered, a discount approved within the authority ladder.
    lawful_limits:
      zh-CN: 折扣须经有权限的人员批准；结清后按约定免除剩余部分并如实更新征信。
      en: A discount needs approval by someone with the authority; once paid, the rest is waived as agreed and the credit record updated truthfully.
    arrangements: [settlement]
    when:
      - if:
          dpd: { gte: 91 }
          any: [{ last_excuse: over_indebted }, { watch: { includes_any: [insolvency, litigation] } }]
        because:
          zh-CN: 债务人多头负债或已涉诉、破产（{watch}）：及早协商折扣结清。
          en: The debtor owes many lenders or faces lawsuits or insolvency ({watch}); settle at a discount early.
      - if: { dpd: { gte: 181 }, pay_ratio_90: { lt: 0.1 } }
        because:
          zh-CN: 已逾期{dpd}天，90天内几乎没有还款：评估折扣结清。
          en: '{dpd} days past due and almost nothing paid in 90 days; consider a discount settlement.'
  - id: credit_reporting
    name:
      zh-CN: 征信报送（黑名单公示法的合法形式）
      en: Credit reporting (the lawful form of public listing)
    applies_when:
      zh-CN: 多次努力无果时：依法如实报送征信，并如实告知债务人这一点。失信被执行人名单只能由法院在判决后依法决定。
      en: After repeated efforts fail; report the default accurately to the credit reference system as the law requires, and tell the debtor so. Only a court, after a judgment, may list someone as a dishonest judgment debtor.
    needs:
      zh-CN: 准确的逾期数据，按规定事先告知债务人。
      en: Accurate default data, prior notice to the debtor where the rules require it.
    lawful_limits:
      zh-CN: 绝不在报刊、网络、公共场所或社交媒体上公布债务人的姓名、照片或欠款；结清后及时更新记录。
      en: Never publish a debtor's name, photo or debt in the press, online, in public places or on social media; update the record promptly once paid.
    arrangements: []
    when:
      - if: { dpd: { gte: 31 }, promises_broken: { gte: 1 } }
        because:
          zh-CN: 已逾期{dpd}天且失约{promises_broken}次：如实告知逾期信息会按规定报送征信系统。
          en: '{dpd} days past due with promises broken ({promises_broken}); tell the debtor plainly that the default is reported to the credit reference system.'
      - if: { dpd: { gte: 91 } }
        because:
          zh-CN: 已逾期{dpd}天：核实征信报送准确无误。
          en: '{dpd} days past due; make sure the credit report is accurate.'
  - id: credit_restriction
    name:
      zh-CN: 限制法（内部限制）
      en: Restrict new credit
    applies_when:
      zh-CN: 贷款已超过合同期限、多种努力都没有结果时：在本机构内部停止对其新增任何授信。
      en: Past the contract's term with every effort exhausted; stop all new credit to the debtor within our own institution.
    needs:
      zh-CN: 内部限制名单的登记。
      en: An entry on the internal restriction list.
    lawful_limits:
      zh-CN: 其他机构只通过征信系统了解逾期情况；不致函工商、税务等部门或任何协会要求对其限制。
      en: Other lenders learn of the default only through the credit reference system; never write to authorities or associations asking them to restrict the debtor.
    arrangements: []
    when:
      - if: { dpd: { gte: 91 } }
        because:
          zh-CN: 已逾期{dpd}天：停止对其新增授信。
          en: '{dpd} days past due; stop any new credit.'
  - id: notarized_enforcement
    name:
      zh-CN: 公证转执行法
      en: Enforce a notarized instrument
    applies_when:
      zh-CN: 贷款办理了赋予强制执行效力的债权文书公证、催收无效时：申请执行证书，直接向法院申请强制执行，省去诉讼。
      en: The loan was notarized with an enforcement clause and collection has failed; obtain an enforcement certificate and apply to the court to enforce directly, without a lawsuit.
    needs:
      zh-CN: 公证债权文书原件，向公证机构申请的执行证书，法务办理。
      en: The notarized instrument, an enforcement certificate from the notary, the legal officer.
    lawful_limits:
      zh-CN: 按公证和执行的法定程序办理，执行前依规核实债务人履行情况。
      en: Follow the notarial and enforcement procedure the law sets, checking the debtor's performance as it requires.
    arrangements: []
    when:
      - if: { notarized_instrument: true, dpd: { gte: 61 } }
        because:
          zh-CN: 已逾期{dpd}天：如贷款办有赋予强制执行效力的公证债权文书，可申请执行证书后直接申请强制执行。
          en: '{dpd} days past due; if the loan was notarized with an enforcement clause, enforce it directly.'
  - id: lawsuit
    name:
      zh-CN: 依法起诉法
      en: Sue
    applies_when:
      zh-CN: 协商解决是首选；在诉讼时效将届满、抵押贷款长期逾期、借款人死亡或下落不明、反复协商不成、需要保全财产或恶意逃债时，考虑依法起诉。
      en: Settling is better, but sue when the limitation period is running out, a secured loan is long overdue, the borrower has died or vanished, talks keep failing, assets need preserving, or the debtor evades in bad faith.
    needs:
      zh-CN: 完整的证据（合同、对账单、催收记录和录音），法务评估，诉讼费用预算。
      en: Complete evidence (contract, statements, contact records and recordings), a legal assessment, a budget for the costs.
    lawful_limits:
      zh-CN: 权衡利弊、把握时机；起诉是最后的手段，不能作为恐吓的说辞。
      en: Weigh costs and timing; a lawsuit is the last resort and never a threat to scare the debtor.
    arrangements: [settlement]
    when:
      - if: { dpd: { gte: 900 } }
        because:
          zh-CN: 最早一期未还款已逾期{dpd}天：三年的诉讼时效可能即将届满，请核对最近一次时效中断的日期。
          en: The oldest unpaid instalment is {dpd} days overdue; the three-year limitation period may be close, so check when it was last interrupted.
      - if: { has_collateral: true, dpd: { gte: 181 } }
        because:
          zh-CN: 有担保物的贷款已逾期{dpd}天：起诉并申请实现担保物权。
          en: A secured loan {dpd} days overdue; sue and apply to enforce the security.
      - if: { deceased: true, dpd: { gte: 1 } }
        because:
          zh-CN: 借款人已去世：向遗产管理人或继承人主张（以遗产为限），必要时起诉。
          en: The borrower has died; claim against the estate administrator or heirs (up to the estate), in court if need be.
      - if: { last_excuse: [absconded, hiding, half_lost_contact], dpd: { gte: 91 } }
        because:
          zh-CN: 债务人下落不明或刻意躲避，已逾期{dpd}天：评估起诉和公告送达。
          en: The debtor has vanished or is hiding, {dpd} days past due; assess a lawsuit with service by public notice.
      - if: { promises_broken: { gte: 3 }, dpd: { gte: 91 } }
        because:
          zh-CN: 已有{promises_broken}次承诺没有兑现，协商反复无果：评估起诉。
          en: '{promises_broken} promises broken and talks keep failing; assess a lawsuit.'
      - if: { arrangements_breached: { gte: 1 }, dpd: { gte: 91 } }
        because:
          zh-CN: 还款安排已违约，已逾期{dpd}天：评估起诉。
          en: An arrangement was breached and the account is {dpd} days past due; assess a lawsuit.
      - if: { last_excuse: sue_me, dpd: { gte: 1 } }
        because:
          zh-CN: 债务人明确表示要走诉讼：交法务评估。
          en: The debtor asked to be sued; refer to legal.
      - if: { watch: { includes_any: [litigation, insolvency] }, dpd: { gte: 31 } }
        because:
          zh-CN: 其他债权人已起诉或债务人进入破产程序（{watch}）：及时申请财产保全或申报债权。
          en: Other creditors have sued or the debtor is insolvent ({watch}); apply to preserve assets or lodge the claim in time.
      - if: { last_excuse: professional_defaulter, dpd: { gte: 91 } }
        because:
          zh-CN: 习惯性拖欠、已逾期{dpd}天：评估起诉。
          en: A habitual defaulter {dpd} days past due; assess a lawsuit.
`;
