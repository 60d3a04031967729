"""Goals (Kind.GOAL): what a practice is for, read from the genre's purpose grammar.

* 以X为目标 / 为中心 / 为主要任务 / 为抓手 / 为重点 (以服务群众，做群众工作为主要任务 -> two goals);
  围绕/朝着X、Y的目标; 把X放在首位 (X opening with its verb)
* 目的是X, 目的在于X, 旨在X, 为了X (为了优化党员队伍结构); a sentence opening with 为 + a verb
  phrase (为传承红色基因，…; not 为10万名残疾人提供…)
* 着力(于)X (着力于提高服务效率); 带领群众X (带领群众增收致富, 带领群众脱贫致富的能力)
* 努力把…打造成X、Y
* 发挥…的X作用 after 努力/为了/进一步 (战斗堡垒作用, 先锋模范作用)
* quoted aims: 从“联系群众”到“服务群众”, 促进“双增”, “增收致富”的能力
* the items of a counted list of requirements: “推动发展、服务群众…”的十六字要求, “产业兴旺、…”二十字总要求
* the clause after a means: 通过“多员合一”改革，实现职责不减、人员精简… / 以X为抓手，改善Y
  (a lever that is itself a practice is not an aim)
* what a measure serves: 为现代化产业体系建设提供强大支撑, 为…提供了组织保证; what it is the
  means of (是夯实…、推进乡村振兴的重要抓手, 是实现乡村善治的必由之路)
* a numbered heading's second clause (（一）构建“1+N”组织体系，把支部建在产业链上), when it opens
  with a verb of aim or 把/让/使 (not a task: 三、加强制度建设，完善服务机制)
* a directive cited from a meeting, a document or a leader, clause by clause (党的十九届五中全会
  提出，要实现X，扎实推动Y; …并要求“…”), unless the clause names a practice or slogan
* 以此/以“…”推动X, 以…等举措加强X; 对X作出部署; 关于X的部署要求; 目标是X; 力争“…”;
  才能/从而X; 走出一条…(迈向X的)…之路; 让/使 clauses in a sentence naming a practice

Goals are named as worded, without leading adverbs (进一步, 切实 …); the key is the folded
name. A goal also carries the names other writers give it (全面推进乡村振兴 and 推进乡村振兴;
实现共同富裕 and 共同富裕; 把支部建成坚强战斗堡垒 and 坚强战斗堡垒). Which mechanism a goal belongs to is decided in ``relations`` (same sentence, else
the paragraph). Imports the model and the shared text helpers only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from graph.extract._text import MAXIM, PLAN_PERIOD, SentenceIndex, find_quotes, fold
from graph.extract._title import lone_line
from graph.lexicon import data_lines, longest_first
from graph.model import Kind, Mention, make_mention
from graph.pipeline import DocContext
from graph.segment import pos_lcut, word_tag

_STOP = "。；;！!？?\n"
_AS_GOAL = re.compile(
    rf"以(?P<g>(?:[^{_STOP}以]|以[上下内外]){{2,30}}?)为(?:目标|中心|主要任务|核心任务|抓手|重点|宗旨|根本任务|目的)"
)
#: 围绕巩固拓展脱贫攻坚成果、全面推进乡村振兴的目标 / 朝着共同富裕的目标: the goals named before 目标
_AROUND_GOAL = re.compile(
    rf"(?:围绕|朝着|向着|紧扣)(?P<g>[^{_STOP}，,围朝向]{{2,40}}?)(?:的|这一|这个)?(?:目标任务|奋斗目标|目标)"
)
#: 把关注民生放在首位 / 把维护社会稳定作为第一位: a priority that opens with its verb is an aim
_PRIORITY = re.compile(
    rf"(?:把|将)(?P<g>[^{_STOP}，,把将]{{2,16}}?)(?:放在|摆在|作为)了?(?:首位|第一位|首要位置|突出位置|首要任务|"
    r"出发点和落脚点|根本出发点|重中之重)"
)
#: a directive to carry out what a meeting deployed: 把党的二十届三中全会关于X的部署落到实处 is also X
_CARRY_OUT = re.compile(r"^(?:把|将)[^，,。；;]{0,24}?关于(?P<x>[^，,。；;]{4,30})的(?:决策)?(?:部署|要求|精神)(?:要求)?"
                        r"(?:落到实处|落实到位|落地见效|落实落细)$")
#: what qualifies a goal before 目标 (宏伟目标, 总目标, 既定目标): not part of it
_GOAL_ADJ = re.compile(r"的?(?:宏伟|伟大|总|预定|既定|战略|各项|主要)$")
#: a verb of opposing just before a purpose: the purpose is that of what is opposed
_OPPOSED_BEFORE = re.compile(r"(?:反对|打击|遏制|杜绝|严禁|禁止|抵制|防范|揭露|粉碎)[^，,。；;：:]{0,8}$")
_DIGIT = re.compile(r"\d")
#: the clause that closes a sentence, opening with a verb of guarding against (防止问题反弹回潮,
#: 避免…, 杜绝…) or of strengthening what a body can do (拓宽增收渠道, 建强村级组织, 夯实…基础,
#: 提升…能力): what the sentence's measures are for. Other verbs close a sentence with a further
#: task as often as with an aim (推动…, 确保…, 带动…, 把…, 规范畅通医保): those are left to the rules
#: with a cue. Not what came of it (增强了党支部的活力) nor what would follow (优化结构就会产生最佳功能)
_CLOSING_AIM = re.compile(
    r"(?<=[，,；;：:])(?P<g>(?:防止|避免|杜绝|拓宽|建强|激发|选优配强|夯实|筑牢|提升|增强|破解|守护|维护|优化|"
    r"厚植|补齐|畅通|减轻|保障|盘活)(?![了着过])[^，,。；;：:“”\n\d了就]{2,20})(?=[。；;\n]|$)")
# 为了 but not 成为了/作为了; 着力 but not 着力点; 力争 but not 全力争取. The look-behind comes after
# 为 (not before it) so that every alternative opens with a character: the regex engine then
# skips, in C, the characters none of them starts with, instead of trying the pattern at each one
_PURPOSE = re.compile(rf"(?:目的是|目的在于|目标是|目标在于|力争(?!取)|力求|旨在|为(?<![成作称认因更以行]为)了|着力于|着力(?![点])|致力于)(?P<g>[^{_STOP}，,：:]{{2,30}})")
_MAKE_INTO = re.compile(rf"努力把[^{_STOP}，,]{{1,16}}?(?:打造成为|建设成为|打造成|建设成|建成|打造为)(?P<g>[^{_STOP}]{{2,50}})")
_ROLE = re.compile(rf"(?:努力|为了|进一步|充分|切实|全面|更好地?)发挥(?:了|着|出|好)?(?:[^{_STOP}，,]{{0,20}}的)?(?P<g>[\u4e00-\u9fff]{{2,6}}作用)")
# 发挥X的作用: X is an aim when it opens with a verb (服务农村和谐发展); otherwise X is who
# plays the role (舆论监督, 银行在经济发展中) and the aim is the phrase from 发挥
_ROLE_OF = re.compile(r"(?:努力|为了|进一步|充分|切实|全面|更好地?)(?P<g>发挥(?P<x>[\u4e00-\u9fff]{4,10}))的作用")
#: a clause that reports what came of it (服务群众、服务发展的工作效率显著提高): a result, not an aim
_RESULT_CLAUSE = re.compile(r"的[\u4e00-\u9fff]{2,8}(?:显著|明显|大幅|有效|进一步|不断|持续)(?:提高|提升|增强|改善|加强|增加)$")
# clauses of a sentence naming a mechanism that state an aim by their verb (密切了党群干群关系)
_AIM_CLAUSE = re.compile(
    r"(?<=[，,；;：:])(?:以|从而|进而|来|能够|要|进一步|不断|切实|逐步|持续)?"
    r"(?P<g>(?:提高|提升|增强|密切|促进|推动|实现|优化|吸引|巩固|改进|引领|服务|发展|增进|激活|激发|打通|确保|助力|助推|破解|夯实|筑牢)了?"
    r"(?:[\u4e00-\u9fff、]|“[^“”\n]{1,10}”){2,16})(?=[，,。；;]|$)"
)
#: 通过X，实现Y / 以X为抓手，推动Y: the clause after the means states the aim (its verb opens it)
_ADVERBS = r"(?:进一步|切实|有效|不断|全面|着力|持续|大力|从而|以此|以|来|努力|更好地?|加快|逐步|扎实|真正)*"
_AIM_VERBS = (r"实现|推动|促进|提高|提升|增强|激发|助力|带动|确保|推进|解决|破解|改善|增进|密切|夯实|巩固|激活|优化|"
              r"扭转|规范|盘活|壮大|发展壮大|拓宽|筑牢")
_MEANS_THEN_AIM = re.compile(
    rf"(?:(?:通过|依托|借助)[^{_STOP}，,]{{2,40}}[，,]|以[^{_STOP}，,以]{{2,30}}为(?:抓手|载体|途径|切入点|切入口|突破口|手段|纽带)[，,]?"
    rf"|采取[^{_STOP}]{{2,40}}?(?:方式|措施|办法)[，,])"
    rf"{_ADVERBS}(?P<g>(?:{_AIM_VERBS})[^{_STOP}，,：:]{{2,20}})(?=[{_STOP}，,：:]|$)"
)
#: 完善院坝会、村民议事会等议事平台，让群众“唱主角”: in a sentence naming a practice, a clause
#: 让/使 + who + what is what the practice is for
_LET_CLAUSE = re.compile(rf"(?<=[，,；;])(?:努力|真正|切实|进一步)?(?P<g>(?:让|使(?!用|命|得))[^{_STOP}，,：:]{{3,16}}|把[^{_STOP}，,：:]{{2,12}}?"
                         rf"(?:转化为|转变为|建在|融入|纳入)[^{_STOP}，,：:]{{2,14}})(?=[，,。；;]|$)")
#: 以…的潜力地区为重点: a focus that names where or whom, not an aim
_FOCUS_AREA = re.compile(r"(?:地区|区域|领域|行业|群体|人群|对象|环节)$")
_MOVED = re.compile(r"感动|激动|泪|震撼|难忘|印象深刻|眼前一亮")
#: the clauses after an aim read by _MEANS_THEN_AIM that open with an aim verb are aims too:
#: 通过以上举措，逐步扭转党员老龄化趋势，增强村党组织的凝聚力和战斗力
_NEXT_AIM = re.compile(rf"[，,]{_ADVERBS}(?P<g>(?:{_AIM_VERBS}|建设|让|使)[^{_STOP}，,：:]{{2,24}})(?=[{_STOP}，,：:]|$)")
#: 是夯实党在农村执政基础、推进乡村振兴的重要抓手 / 作为规范村级民主决策的基本制度 / 是实现乡村
#: 善治的必由之路: what a practice is the means of (each item must open with its verb)
_MEANS_OF = re.compile(
    rf"(?:是|作为|列为|成为)(?P<g>[^{_STOP}，,是为]{{3,30}}?)的[\u4e00-\u9fff]{{0,3}}?"
    r"(?:抓手|途径|举措|手段|路径|内容|制度|载体|之路|一招|法宝|引擎)"
)
#: a cited directive: 党的十九届五中全会提出，要实现X，扎实推动Y / 强调要“加强…，健全…”: the
#: clauses that open with a verb of aim (or 把) read as aims (see ``_Goals._directives``)
#: (literal alternatives only, so that the regex engine skips in C what no verb starts with)
_DIRECTIVE = re.compile("(?:" + "|".join([a + v for a in ("明确", "首次", "再次", "进一步") for v in ("提出", "强调", "指出", "要求")]
                                         + ["提出", "强调", "指出", "要求", "明确"]) + r")[，,：:]?\s*(?:要|必须)?[“「\"]?")
_DIRECTIVE_VERB = re.compile(rf"{_ADVERBS}(?:{_AIM_VERBS}|健全|完善|加强|坚持|构建|建立|深化|发展|培养|建设|强化)")
#: 以此推动…, 以“三治融合”推动形成…: the means, then the aim
_BY_THIS = re.compile(rf"以(?:此|(?:[\u4e00-\u9fff]{{0,6}}[“「][^”」\n]{{1,12}}[”」](?:和|与|、)?)+)"
                      rf"(?P<g>(?:{_AIM_VERBS}|健全|完善|重塑|加强)[^{_STOP}，,：:—]{{2,24}})")
#: 以善治促进民族团结: a short means, then what it furthers
_BY_SHORT = re.compile(rf"以(?!此)[\u4e00-\u9fff]{{1,4}}?(?P<g>(?:促进|推动|助推|助力)[^{_STOP}，,：:—]{{2,20}})")
#: 以党员积分制管理、“双向培养”等举措加强党员教育管理: the means listed, then the aim
_BY_MEANS = re.compile(rf"以[^{_STOP}，,以]{{2,30}}?等(?:举措|措施|方式|手段|办法|做法|形式)"
                       rf"(?P<g>(?:{_AIM_VERBS}|健全|完善|加强)[^{_STOP}，,：:—]{{2,24}})")
#: a heading: practice, then its aim (（一）构建“1+N”组织体系，把支部建在产业链上)
_HEADING_AIM = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、])\s*"
                          r"[^，,：:。；;\n]{2,24}[，,：:]\s*(?P<g>[^，,：:。；;\n]{4,24})\s*。?\s*$")
_HEADING_VERB = re.compile(rf"{_ADVERBS}(?:{_AIM_VERBS}|锻造|建强|防止|做到|强化|统筹|稳定|留住)")
#: a heading: its aim, then the practice that serves it (3.2 统筹区域资源，实行“四单联办”)
_HEADING_AIM_FIRST = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}(?:[.．]\d{1,2})*[.．、]?)\s*"
                                r"(?P<g>[^，,：:。；;\n“”]{4,16})[，,]\s*(?:实行|推行|实施|建立|构建|打造|开展|织密|"
                                r"创新|探索|用好|建好)[^，,：:。；;\n]{0,8}“[^”\n]{2,16}”[^，,：:。；;\n]{0,6}\s*$")
#: a heading's aim may open with 把/让/使 (把支部建在产业链上, 让群众“唱主角”); 把…作为 is no aim
_DISPOSAL = re.compile(r"(?:把(?![握关脉控持])|让|使)(?![^，,]*(?:作为|当作|当成|列入|列为))")
#: 把支部建成坚强战斗堡垒 is also named by what it makes: 坚强战斗堡垒
_MADE_INTO = re.compile(r"^(?:把|让|使)[^，,]{1,12}?(?:建成|建设成为|建设成|打造成为|打造成|打造为|成为|变成)(?P<n>[^，,]{2,20})$")
#: 让群众在共建共享中增强获得感: 增强获得感
#: 打造一支永不走的工作队: what is built, named by itself too
_BUILD_ONE = re.compile(r"^(?:打造|建设|建强|锻造|培养)一(?:支|个|批|座)(?P<n>[^，,]{4,16})$")
_GAIN_IN = re.compile(r"^(?:让|使)[^，,在]{1,8}在[^，,]{1,10}?中(?P<n>[^，,]{2,12})$")
#: 深入贯彻全会关于健全城乡基层治理体系的部署要求: what a cited decision is about
_DECIDED_ABOUT = re.compile(rf"关于(?P<g>(?:{_AIM_VERBS}|健全|完善|加强|构建|深化)[^{_STOP}，,的]{{2,20}})的"
                            r"(?:决策)?(?:部署|要求|部署要求|重要论述|重要指示|重大决策)")
#: 蹚出了一条山区乡村迈向共同富裕的新路子: where the way leads
_WAY_TO = re.compile(rf"(?:走出|蹚出|探索出|闯出|开辟出?)了?一条[^{_STOP}，,]{{0,16}}?(?:迈向|走向|通往|实现)"
                     rf"(?P<g>[\u4e00-\u9fff]{{2,10}})的(?:新路子?|之路|道路|路子)")
#: 唯有如此，才能持续提升X，建设Y: what the conditions are for; the clauses after it too
_THEN_AIM = re.compile(rf"(?:才能|方能|从而|进而|以期)(?:更好地?)?{_ADVERBS}(?P<g>(?:{_AIM_VERBS}|建设|激活|重塑|增进)"
                       rf"[^{_STOP}，,：:]{{2,24}})(?=[{_STOP}，,：:]|$)")
#: the state a measure is to bring about, after a verb of attaining (做到小事不出村、矛盾不上交, 确保
#: 集体资产保值增值, 助力宜居宜业和美乡村建设, 努力实现“四个明显提升”): the whole clause, as writers name it;
#: not into a bracket that spells a quoted aim out (助力“三增”(集体增收,农民增收,…)), and not half a
#: quote cut at its comma (the caller counts the quote marks)
_ATTAINED = re.compile(rf"(?:做到|确保|助力|努力实现)(?P<g>[^{_STOP}，,：:（(]{{2,24}})(?=[{_STOP}，,：:（(]|$)")
#: what may follow a quoted aim to its clause's end and is not part of it
_GOAL_WORD = re.compile(r"(?:为|的)?(?:目标|目的)")
#: 对强化乡村振兴人才支撑作出专门部署: what a meeting or document arranges for
_DEPLOYED = re.compile(rf"(?:对|就)[“「]?(?P<g>{_ADVERBS}(?:{_AIM_VERBS}|健全|完善|加强|强化|深化|全面推进)"
                       rf"[^{_STOP}，,：:”」]{{2,32}})[”」]?"
                       r"(?:作出|做出)了?(?:专门|全面|重要|重大|具体|系统|战略)?(?:部署|安排)")
#: 走出一条具有山区特色的乡村善治之路: the way named is an aim
_WAY = re.compile(rf"走出(?:了)?一条[^{_STOP}，,]{{0,16}}?的(?P<g>[\u4e00-\u9fff]{{2,10}}?)(?:之路|新路子?|道路)")
_VERB_AT = re.compile(_AIM_VERBS)
#: 为X提供有力保障 / 支撑 / 动力: X is what the measure serves
_SUPPORT = re.compile(
    rf"为(?![此何])(?P<g>[^{_STOP}，,为]{{2,24}}?)(?:提供|奠定|营造|创造)了?(?:有力|坚强|重要|坚实|强大|更加?|良好|更好)?的?"
    r"(?:组织|政治|制度|人才|思想|和谐稳定的社会|社会)?(?:保障|支撑|支持|保证|动力|基础|环境|条件)"
)
#: 带领群众增收致富, 带领群众脱贫致富的能力: the prosperity the led are brought to
_LEAD_TO = re.compile(r"(?:带领|带动|引导|帮助)(?:广大)?(?:党员群众|农民群众|群众|农民|村民|贫困户|农户)"
                      r"(?!比)(?P<g>[\u4e00-\u9fff]{0,6}(?:致富|增收|脱贫|富裕|小康))(?=的|[，,。；;、]|$)")
#: a sentence opening with its purpose: 为传承红色基因，… (not 为此, 为10万名残疾人提供…)
_OPENING_PURPOSE = re.compile(rf"\s*为(?![了此何什主例民人期首重准政])(?P<g>[^{_STOP}，,]{{3,24}})[，,]")
#: 为X提供/配备…: X are the ones served, not a purpose
_BENEFICIARY = re.compile(r"提供|配备|开展|免费")
_PAREN = re.compile(r"[（(](?P<c>[^（）()\n]{3,60})[）)]")
_COUNTED_LIST = re.compile(
    r"[“「\"](?P<list>[^“”「」\"\n]{4,80})[”」\"]的?[一二三四五六七八九十百]+字总?(?:要求|目标|方针)"
)
_LEAD = re.compile(r"^(?:要|进一步|更好地|更加|切实|不断|努力|全面|积极|逐步|扎实|持续|着力|大力|能够|能|的|地|于|是)+")
#: what of a trimmed lead is no adverb of the goal's own (要, 能够, 的 …)
_ADVERB_LEAD = re.compile(r"要|能够|能|的|地|于|是")
#: 实现 / 推动形成 / 形成 before the state to reach
_ATTAIN = re.compile(r"^(?:(?:推动|确保|力争|努力)?(?:实现|形成)|(?:加快)?推进|加快|推动|确保|做到|建设|促进|助力|坚持|"
                     r"带领群众|带动群众)")
#: 推动形成户户讲生态、人人爱家园的村风: the state the habit or pattern formed is named
_FORMED = re.compile(r"^(?:推动|促进|加快|努力)?形成(?P<x>[^，,]{4,20}?)的[\u4e00-\u9fff]{0,2}"
                     r"(?:村风|民风|格局|局面|氛围|风气|态势|新风)$")
#: 推动集体经济由输血向造血转变: the change itself, and where it leads, are named too
_TURN = re.compile(r"(?P<turn>[由从](?P<a>[^，,向到]{2,10})[向到](?P<b>[^，,]{2,10}?)的?转变)$")
#: 提高响应率、解决率、满意率这“三率”: the aim named, then the term that counts it
_COUNTED_TAIL = re.compile(r"这[“「]?[一二两三四五六七八九十双][\u4e00-\u9fff]{1,4}[”」]?$")
_TAIL = re.compile(r"(?:的能力和水平|的水平和能力|的能力|的作用|的目标|的工作目标|等)$")
#: the marks of notes and references a paper puts after a phrase ([1], [2-3], ①)
_NOTE_MARK = re.compile(r"(?:[\[［]\d+(?:[,，\-–]\d+)*[\]］]|[\u2460-\u2473])+[，,。]?$")
_GENERIC = frozenset({"作用", "重要作用", "积极作用", "关键作用", "推动作用", "主导作用", "这个作用", "应有作用",
                      "关键性推动作用", "核心作用", "目标", "工作", "发展", "服务", "人民", "群众", "人民群众",
                      # 使市场在资源配置中起决定性作用和更好发挥政府作用: whose part, not an aim
                      "决定性作用", "基础性作用", "独特作用", "政府作用", "市场作用", "主体作用"})
# a goal begins with what is to be done, not with the means or the one made to do it
_NOT_A_GOAL_LEAD = re.compile(r"^(?:通过|使|让|把|将|对|在|由|从|按照|依靠|今后|今年|明年|下一步)")
# 以X为主题/主线/引领/指导 names a frame, not an aim
_FRAME = re.compile(r"为(?:主题|主线|引领|指导|统领|根本遵循)")
_THEME_AFTER = re.compile(r"为(?:主题|引领|指导|统领|根本遵循)")
# items of a list of tasks are split when each is a phrase of its own (服务群众、做群众工作);
# parallel three-character items are one slogan-like goal (高素质、精业务、强班子)
_MIN_SPLIT_ITEM = 4
_OPEN_QUOTE = re.compile(r"[“「\"]")
_OPEN_PAREN = re.compile(r"[（(]")
_ANAPHORIC = re.compile(r"这个|这一|这些|此项|上述")
_CLAUSE_END = re.compile(r"[，,。；;、：:！!？?（(\n]")
#: how far past its closing quote a quoted aim may run to the end of its clause
_QUOTED_AIM_TAIL = 8
_AIM_VERB_BEFORE = re.compile(r"(?:促进|助力|推动|实现|达到)$")
_AIM_HEAD_AFTER = re.compile(r"的(?:能力|目标|工作目标)")
#: the means a purpose opens with before the thing it does (用群众听得懂的语言把…): not the aim
_MEANS_LEAD = re.compile(r"(?:用|通过|借助)[^，,把]{1,16}?(?=把)")
#: a name opening with a count (两个维护, 一肩挑, 三清一改, 两不愁三保障), not 百姓富: a counted
#: practice's name when the mechanism rules found it there
_COUNTED_NAME = re.compile(r"^(?!百姓)[一二两三四五六七八九十百双][\u4e00-\u9fff]{1,7}$")
_SKIP_PURPOSE = re.compile(r"精神|以|为目标|为中心|为主题|为主线|为引领|为指导|为重点|为抓手|为核心|为载体|为突破口|为切入点")


def _is_aim(phrase: str) -> bool:
    """Whether a phrase reads as an aim: it opens with a verb (增强公平性, 做群众工作) or ends in
    a verbal noun (经济建设), rather than naming a thing (自然保护地, 苏修叛徒集团)."""
    bare = re.sub(r"[“”「」\"]", "", phrase)
    words = pos_lcut(bare)
    if not words:
        return False
    # jieba's dictionary holds whole phrases as nouns (提高素质, 增强党性): their first word counts
    return (words[0][1] in ("v", "vn") or (word_tag(bare[:2]) or "").startswith("v")
            or words[-1][1] in ("v", "vn"))


class _Goals:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.text = ctx.doc.text
        self.index = SentenceIndex(ctx.sentences)
        self.out: list[Mention] = []
        self._practice_spans: list[tuple[int, int]] | None = None

    def add(self, start: int, end: int, rule: str, confidence: float, *, disposal: bool = False,
            worded: str = "") -> None:
        """A goal at ``[start, end)``, trimmed; ``disposal``: it may open with 把/让/使 (a heading's aim);
        ``worded``: another name the text gives it (the standing goal with its verb)."""
        text = self.text
        while start < end and text[start] in " ，,、“”\"":
            start += 1
        lead = _LEAD.match(text[start:end])
        adverb = ""
        if lead:
            adverb = _ADVERB_LEAD.sub("", lead.group(0))
            start += lead.end()
        tail = _TAIL.search(text[start:end])
        if tail:
            end = start + tail.start()
        note = _NOTE_MARK.search(text, start, end)
        if note:
            end = note.start()  # 健全城乡社区治理体系[1]: the mark of a note, not the goal's
        while end > start and text[end - 1] in " ，,、“”\"。":
            end -= 1
        if end > start and text[end - 1] in "）)" and not _OPEN_PAREN.search(text, start, end):
            end -= 1  # （增进党群、干群关系,增强机关、基层活力）: the bracket closes around the goal
        # a quote the trimming cut in half: 实现“十五五”良好开局 keeps its opening quote
        if text.count("”", start, end) > text.count("“", start, end) and start > 0 and text[start - 1] == "“":
            start -= 1
        elif text.count("“", start, end) > text.count("”", start, end) and text[end:end + 1] == "”":
            end += 1
        name = text[start:end]
        if len(name) < 2 or len(name) > (30 if disposal else 24) or name in _GENERIC or _FRAME.search(name):
            return
        if _NOT_A_GOAL_LEAD.match(name) and not (disposal and _DISPOSAL.match(name)):
            return
        if _ANAPHORIC.search(name) or name[0] in "它他她":
            return  # 为了实现这个目标, 发挥它们应有的作用: the aim is named before
        if len(name) <= 3 and _bare_noun(name):
            return  # 以学生为中心: a goal is an aim (a verb and its object, a state), not a bare noun
        sent = self.index.at(start)
        if sent is None or end > sent.end:
            return
        if (_COUNTED_NAME.match(name.strip("“”「」\"")) and self._named_practice(start, end)
                and not _AIM_VERB_BEFORE.search(text[max(0, start - 3):start].rstrip("“「\""))):
            return  # 做到“两个维护”, 实行“一肩挑”: a counted practice's name, not an aim (促进“双增” is one)
        label = re.sub(r"[“”「」\"]", "", name)
        label = re.sub(r"^(提高|增强|密切|促进|推动|实现|优化|吸引|巩固|改进|引领|服务|发展)了", r"\1", label)
        # 增强农村基层党组织的服务能力 is also called 增强服务能力: verb + the head noun
        short = _VERB_OF_HEAD.match(label)
        names = {short.group("v") + short.group("n")} if short else set()
        if adverb:
            names.add(adverb + label)  # 全面推进乡村振兴 is named either way
        bare = _ATTAIN.match(label)
        if bare and len(label) - bare.end() >= 4:
            names.add(label[bare.end():])  # 实现共同富裕, 推动实现民有所呼、我有所应: the state attained
        counted = _COUNTED_TAIL.search(label)
        if counted and counted.start() >= 4:
            names.add(label[:counted.start()])
        formed = _FORMED.match(label)
        if formed:
            names.add(formed.group("x"))  # 推动形成户户讲生态、人人爱家园的村风
        turn = _TURN.search(label)
        if turn and turn.start() > 0:
            names.update((turn.group("turn").replace("的转变", "转变"), turn.group("b")))
        carried = _CARRY_OUT.match(label)
        if carried:
            names.add(carried.group("x"))  # 把…全会关于发展新型农村集体经济的部署落到实处: what is deployed
        made = _MADE_INTO.match(label) or _GAIN_IN.match(label) or _BUILD_ONE.match(label)
        if made:
            names.add(made.group("n"))  # 把支部建成坚强战斗堡垒: 坚强战斗堡垒; 打造一支永不走的工作队
        state = _caused_state(label)
        if state:
            names.add(state)  # 让工作队驻得下、融得进、干得好: 驻得下、融得进、干得好
        if label.startswith(("让", "使")) and len(label) >= 5 and not label.startswith(("使用", "使命", "让步")):
            names.add(label[1:])  # 让老旧小区告别无人管: also named without the causative
        if worded:
            names.add(worded)
        aliases = tuple(sorted(names - {label}))
        self.out.append(make_mention(self.ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.GOAL,
                                     key=fold(label), label=label, rule=rule, confidence=confidence,
                                     aliases=aliases))

    def _named_practice(self, start: int, end: int) -> bool:
        """Whether a practice found by the mechanism rules is named at ``[start, end)`` (quotes aside)."""
        if self._practice_spans is None:
            self._practice_spans = sorted(self._unquoted(m.start, m.end) for m in self.ctx.of_kind(Kind.MECHANISM))
        start, end = self._unquoted(start, end)
        i = bisect_left(self._practice_spans, (start, start))
        return i < len(self._practice_spans) and self._practice_spans[i] == (start, end)

    def _unquoted(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` without the quotes around it."""
        text = self.text
        while start < end and text[start] in "“「\"":
            start += 1
        while end > start and text[end - 1] in "”」\"":
            end -= 1
        return start, end

    def standard(self) -> None:
        """The nation's standing goals where the text aims at them (:func:`standard_goals`): after a
        verb of aim, or opening with their own verb (巩固拓展脱贫攻坚成果); not inside a goal the
        grammar found, nor inside a practice's or an event's name (抓党建促乡村振兴 is a practice
        whose aim is 乡村振兴: the practice keeps its name, the goal is read too)."""
        text = self.text
        found = sorted((m.start, m.end) for m in self.out)
        names = sorted((m.start, m.end) for m in self.ctx.mentions if m.kind in (Kind.EVENT, Kind.ORGANIZATION))
        for m in standard_goals().finditer(text):
            s, e = m.start(), m.end()
            if _overlaps(found, s, e) or _overlaps(names, s, e):
                continue
            if _modifies_after(text, e) or _THEME_AFTER.match(text, e):
                continue  # 乡村振兴战略, 乡村振兴片区, 保障乡村振兴财政投入: a modifier, not the aim;
                # 以推动高质量发展为主题: a theme (以铸牢中华民族共同体意识为主线: the line the work follows is its aim)
            before = _AIM_BEFORE.search(text, max(0, s - 8), s)
            if not (before or _OWN_VERB.match(m.group(0))
                    or m.group(0).endswith(_ROLE_GOALS) and _BRING_OUT.search(text, max(0, s - 12), s)):
                continue  # (充分发挥村党支部战斗堡垒作用: what a body is to be, brought out by 发挥 or 增强)
            verb = before and _WORDED_VERB.search(text, max(0, s - 8), s)
            # 推动乡村振兴, 推进乡村全面振兴: the writer's words are a name of the standing goal too
            self.add(s, e, "goals.standard", 0.6, worded=text[verb.start():e] if verb else "")

    def run(self) -> list[Mention]:
        text = self.text
        practices = sorted((m.start, m.end) for m in self.ctx.of_kind(Kind.MECHANISM))
        for m in _AS_GOAL.finditer(text):
            focus = text.startswith(("为重点", "为中心", "为抓手"), m.end("g"))
            lever = text.startswith("为抓手", m.end("g"))
            for s, e in _task_items(text, m.start("g"), m.end("g")):
                if focus and (not _is_aim(text[s:e]) or _FOCUS_AREA.search(text, s, e)):
                    continue  # 以国家重点生态功能区为重点: a focus area, not an aim (以经济建设为中心 is)
                if lever and _overlaps(practices, s, e):
                    continue  # 以“两清两改两治理”为抓手: the lever is a practice, the aim comes after
                self.add(s, e, "goals.as_goal", 0.9)
        for m in _AROUND_GOAL.finditer(text):
            end = m.end("g")
            tail = _GOAL_ADJ.search(text, m.start("g"), end)
            if tail is not None:
                end = tail.start()  # 实现中华民族伟大复兴的宏伟目标: the goal without its adjective
            elif text.startswith("奋斗目标", end):
                end += 4  # 实现第二个百年奋斗目标: the goal's own name
            for s, e in _task_items(text, m.start("g"), end):
                if e - s >= 4 and _opens_with_verb(text[s:e]):  # not 本世纪末的, 党的建设总
                    self.add(s, e, "goals.around_goal", 0.8)
        for m in _PRIORITY.finditer(text):
            end = m.end("g")
            if text.endswith("工作", m.start("g"), end):
                end -= 3 if text.endswith("的工作", m.start("g"), end) else 2  # 把维护稳定的工作放在首位
            items = [(s, e, _opens_with_verb(text[s:e])) for s, e in _task_items(text, m.start("g"), end)]
            if not all(verb for _, _, verb in items):  # 建设资源节约型、环境友好型社会: one aim, its objects listed
                items = [(m.start("g"), end, _opens_with_verb(text[m.start("g"):end]))]
            for s, e, verb in items:
                if e - s >= 4 and verb:  # not 把“三农”工作作为重中之重: an area
                    self.add(s, e, "goals.priority", 0.7)
        for pat, rule, conf in ((_MEANS_THEN_AIM, "goals.means_then_aim", 0.7), (_SUPPORT, "goals.supported", 0.6)):
            for m in pat.finditer(text):
                if _AS_GOAL.match(text, m.start("g") - 1):
                    continue  # …为途径，着力以提高工作效率为目标: read as 以X为目标 above
                start = m.start("g")
                if pat is _MEANS_THEN_AIM:
                    verb = _VERB_AT.match(text, start)
                    assert verb is not None
                    if _OPEN_QUOTE.match(text, verb.end()):
                        continue  # 推动“四净、三规范、两利用”: a quoted aim, read below
                    if verb.group(0) == "实现" and "、" in text[start:m.end("g")]:
                        start = verb.end()  # 实现职责不减、人员精简…: the states listed are the aims
                for s, e in _task_items(text, start, m.end("g")):
                    self.add(s, e, rule, conf)
                if pat is _MEANS_THEN_AIM:
                    pos = m.end("g")
                    while (nxt := _NEXT_AIM.match(text, pos)) is not None:
                        self.add(nxt.start("g"), nxt.end("g"), rule, conf, disposal=True)
                        pos = nxt.end("g")
        owners = {m.start: m.end for m in (*self.ctx.of_kind(Kind.PLACE), *self.ctx.of_kind(Kind.ORGANIZATION))}
        for m in _MEANS_OF.finditer(text):
            if "的一" in m.group("g"):
                continue  # 是建设…的一项十分重要的内容: the qualifier is not part of the aim
            start = owners.get(m.start("g"), m.start("g"))  # 是临沭县提升…的重要抓手: whose aim
            for s, e in _task_items(text, start, m.end("g")):
                if _opens_with_verb(text[s:e]) or _HEADING_VERB.match(text, s, e):
                    self.add(s, e, "goals.means_of", 0.6)
        for m in _DECIDED_ABOUT.finditer(text):
            self.add(m.start("g"), m.end("g"), "goals.decided_about", 0.6)
        shorts = (m for m in _BY_SHORT.finditer(text) if not (m.start() and "\u4e00" <= text[m.start() - 1] <= "\u9fff"))
        for m in (*_BY_THIS.finditer(text), *_BY_MEANS.finditer(text), *shorts):
            self.add(m.start("g"), m.end("g"), "goals.by_this", 0.6)  # (以 opening its clause: not 全县以…)
        for m in _DEPLOYED.finditer(text):  # (对进一步深化农村改革、扎实推进乡村全面振兴作出了部署: two)
            for s, e in _task_items(text, m.start("g"), m.end("g")):
                self.add(s, e, "goals.deployed", 0.6)
        for m in (*_WAY.finditer(text), *_WAY_TO.finditer(text)):
            self.add(m.start("g"), m.end("g"), "goals.way", 0.6)
        for m in _THEN_AIM.finditer(text):
            self.add(m.start("g"), m.end("g"), "goals.then_aim", 0.6)
            pos = m.end("g")
            while (nxt := _NEXT_AIM.match(text, pos)) is not None:
                self.add(nxt.start("g"), nxt.end("g"), "goals.then_aim", 0.6, disposal=True)
                pos = nxt.end("g")
        for m in _ATTAINED.finditer(text):
            g = m.group("g")
            if not _DIGIT.search(g) and g.count("“") == g.count("”"):  # (确保2024年底前…: a deadline, a target)
                self.add(m.start("g"), m.end("g"), "goals.attained", 0.5, disposal=True)
        self._directives()
        self._heading_aims()
        for m in _CLOSING_AIM.finditer(text):
            self.add(m.start("g"), m.end("g"), "goals.closing_aim", 0.5)
        for m in _TITLE_ABOUT.finditer(text):
            items = _task_items(text, m.start("g"), m.end("g"))
            if len(items) < 2:
                continue  # 《关于加强和改进乡村治理的指导意见》: a cited document's subject, which writers
                # count an aim only where the title lists its aims (关于改进工作作风、密切联系群众)
            for s, e in items:
                self.add(s, e, "goals.title_about", 0.6)
        for m in _PURPOSE.finditer(text):
            g, g_start = m.group("g"), m.start("g")
            if (means := _MEANS_LEAD.match(g)) is not None:
                g, g_start = g[means.end():], g_start + means.end()  # 旨在用…的语言|把…讲到田间地头
            if _SKIP_PURPOSE.search(g):
                continue
            role = _ROLE.search(text, m.start(), m.end())
            if role:
                continue  # read as a role below
            if _OPPOSED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # 坚决反对任何旨在制造…的言行: the aim of what is opposed
            if m.group(0).startswith("目标") and not (_opens_with_verb(g) or _HEADING_VERB.match(g)):
                continue  # 实现这个目标是一个渐进过程: what the goal is like, not a goal
            if len(g) > 24 and "“" not in g:
                continue  # only a quote makes an aim that long (旨在形成“小事不出屯、…”的治理格局)
            if m.group(0) in ("力争", "力求") and (_DIGIT.search(g) or not (_OPEN_QUOTE.match(g)
                                                                            or _HEADING_VERB.match(g))):
                continue  # 力争全年完成交通投资2300亿元: a target figure (a statistic), not an aim
            for s, e in _task_items(text, g_start, m.end("g")):
                # 旨在把…转化为…, 为了使…: a disposal states the aim as well as a verb does
                self.add(s, e, "goals.purpose", 0.8, disposal=bool(_DISPOSAL.match(text, s)))
        for sent in self.ctx.sentences:
            # 为传承红色基因，…: a sentence that opens with 为 + a verb phrase states its purpose
            m = _OPENING_PURPOSE.match(text, sent.start, sent.end)
            if (m and not _BENEFICIARY.search(m.group("g")) and not _SKIP_PURPOSE.search(m.group("g"))
                    and _opens_with_verb(m.group("g"))):
                self.add(m.start("g"), m.end("g"), "goals.purpose_opening", 0.7)
        for m in _LEAD_TO.finditer(text):
            if _is_aim(m.group("g")):
                self.add(m.start("g"), m.end("g"), "goals.lead_to", 0.7)
        for m in _MAKE_INTO.finditer(text):
            off = m.start("g")
            pos = 0
            for part in re.split(r"[、；;]", m.group("g")):
                self.add(off + pos, off + pos + len(part), "goals.make_into", 0.8)
                pos += len(part) + 1
        for m in _ROLE.finditer(text):
            self.add(m.start("g"), m.end("g"), "goals.role", 0.7)
        for m in _ROLE_OF.finditer(text):
            if m.group("x")[0] in "它他她其":
                continue  # 发挥它们应有的作用: whose role, the sentence before says
            words = pos_lcut(m.group("x"))
            # a verb phrase (服务农村和谐发展), not a noun phrase that opens with a verb (保增长计划)
            # nor a coordination (监察和审计部门)
            is_aim = (words[0][1] in ("v", "vn") and words[-1][1].startswith("v")
                      and not (len(words) > 1 and words[1][1] == "c"))
            self.add(m.start("x" if is_aim else "g"), m.end("g"), "goals.role", 0.7)
        mech_sents = {m.sent_index for m in self.ctx.of_kind(Kind.MECHANISM)}
        for idx in sorted(mech_sents):
            sent = self.ctx.sentences[idx]
            for m in _AIM_CLAUSE.finditer(text, sent.start, sent.end):
                if _SKIP_PURPOSE.search(m.group("g")) or _RESULT_CLAUSE.search(m.group("g")):
                    continue
                self.add(m.start("g"), m.end("g"), "goals.aim_clause", 0.5)
            for m in _LET_CLAUSE.finditer(text, sent.start, sent.end):
                if _MOVED.search(m.group("g")):
                    continue  # 让在场师生感动不已: what it felt like, not what it was for
                self.add(m.start("g"), m.end("g"), "goals.aim_clause", 0.5, disposal=True)
        for m in _COUNTED_LIST.finditer(text):
            off, pos = m.start("list"), 0
            for part in re.split(r"[、，,]", m.group("list")):
                self.add(off + pos, off + pos + len(part), "goals.counted_requirement", 0.8)
                pos += len(part) + 1
        for q in find_quotes(text):
            before = text[max(0, q.start - 4):q.start]
            after = text[q.end:q.end + 6]
            from_to = (before.endswith("从") and after.startswith("到")) or before.endswith(("”到", "\"到"))
            if MAXIM.match(q.text) or _RESULT.search(q.text):
                continue  # 以人为本 is a slogan (a mechanism); 十一连冠 a result
            if from_to or _AIM_VERB_BEFORE.search(before) or _AIM_HEAD_AFTER.match(after):
                if not from_to and not _AIM_HEAD_AFTER.match(after) and "\u4e00" <= after[:1] <= "\u9fff":
                    # 实现“十五五”良好开局, 推动“三医”协同发展: the quote is only the head of the aim,
                    # which runs to the end of its clause (when that is near)
                    stop = _CLAUSE_END.search(text, q.end, q.end + _QUOTED_AIM_TAIL + 1)
                    if stop is not None and stop.start() > q.end and not _OPEN_QUOTE.search(text, q.end, stop.start()):
                        if _GOAL_WORD.fullmatch(text, q.end, stop.start()):
                            # 实现“干净起来”目标, 以实现“搬得出、稳得住、能致富”为目标: the quote is the aim
                            if not PLAN_PERIOD.match(q.text.strip()):
                                self.add(q.inner_start, q.inner_end, "goals.quoted_aim", 0.6)
                            continue
                        self.add(q.start, stop.start(), "goals.quoted_aim", 0.6)
                    continue
                if 2 <= len(q.text) <= 16:
                    self.add(q.inner_start, q.inner_end, "goals.quoted_aim", 0.7)
                    paren = _PAREN.match(text, q.end)
                    if paren and _AIM_VERB_BEFORE.search(before):  # 实现“双提升”（提升组织力、提升服务力）
                        off, pos = paren.start("c"), 0
                        for part in re.split(r"[，,；;]", paren.group("c")):
                            self.add(off + pos, off + pos + len(part), "goals.quoted_aim_expanded", 0.7)
                            pos += len(part) + 1
        return self.out


    def _directives(self) -> None:
        """党的十九届五中全会提出，要实现X，扎实推动Y: a directive cited from a meeting, a
        document or a leader (a mention of an event or an organisation just before the verb, or
        earlier in the sentence for 并要求); its clauses that open with a verb of aim or with 把
        are aims, up to the first that does not (the first clause may be a task: 要“持续整顿…，
        把…建设成为…”); a clause that names a practice or a slogan is left to mechanisms."""
        text = self.text
        practices = sorted((m.start, m.end, m.rule) for m in self.ctx.of_kind(Kind.MECHANISM))
        cited = sorted(m.end for m in (*self.ctx.of_kind(Kind.EVENT), *self.ctx.of_kind(Kind.ORGANIZATION)))
        for m in _DIRECTIVE.finditer(text):
            sent = self.index.at(m.start())
            if sent is None:
                continue
            k = bisect_left(cited, m.start() + 1)
            near = k > 0 and m.start() - cited[k - 1] <= 8
            # 并要求…; or a new clause of the source's sentence (党的二十大报告把…，明确要求…)
            again = k > 0 and cited[k - 1] > sent.start and text[m.start() - 1:m.start()] in (*_AGAIN, "，", ",")
            if not (near or again):
                continue  # …报告提出“…”，并要求“…”: the same source, again
            pos = m.end()
            for clause in _DIRECTIVE_CLAUSE.finditer(text, pos, sent.end):
                if clause.start() != pos:
                    break
                body_start = clause.start("c")
                disposal = _DISPOSAL.match(text, body_start, clause.end("c")) is not None
                if not (disposal or _DIRECTIVE_VERB.match(text, body_start, clause.end("c"))):
                    if pos != m.end():
                        break
                    pos = clause.end()
                    continue  # 要“持续整顿软弱涣散基层党组织，把…”: a first clause may be a task
                pos = clause.end()
                if any(cs >= body_start - 1 and ce <= clause.end("c") + 1 and ce - cs >= clause.end("c") - body_start - 4
                       and (rule != "mechanisms.quoted_saying" or "、" in text[body_start:clause.end("c")]
                            or _PRACTICE_TAIL.search(text, body_start, clause.end("c")) is not None)
                       for cs, ce, rule in practices):
                    continue  # 强调“加强基层服务型党组织建设”, “坚持围绕中心、服务大局…”: the practice or
                    # slogan named, read in mechanisms (a quoted sentence of one aim is an aim too)
                self.add(body_start, clause.end("c"), "goals.directive", 0.6, disposal=disposal)

    def _heading_aims(self) -> None:
        """（一）构建“1+N”组织体系，把支部建在产业链上: a numbered heading line names a practice,
        then what it is for; that second clause is an aim when it opens with a verb of aim or
        with 把/让/使 (把支部建在产业链上, 让群众“唱主角”)."""
        for sent in self.ctx.sentences:
            if not lone_line(self.ctx, sent):
                continue
            # (3.2 统筹区域资源，实行“四单联办”: the aim may come first)
            m = _HEADING_AIM_FIRST.match(sent.text) or _HEADING_AIM.match(sent.text)
            if m is None:
                continue
            g = m.group("g")
            start = sent.start + m.start("g")
            if _DISPOSAL.match(g):
                self.add(start, start + len(g), "goals.heading", 0.6, disposal=True)
            elif _HEADING_VERB.match(g):  # not 完善服务机制, 搭建…载体: a task, not an aim
                self.add(start, start + len(g), "goals.heading", 0.6)


#: 并要求, 也要求, 还提出: a directive of the source named earlier in the sentence
_AGAIN = ("并", "也", "还", "又")
#: a directive clause ending in one of these names a practice to build (加强基层服务型党组织建设)
_PRACTICE_TAIL = re.compile(r"(?:建设|体系|机制|制度|工程)[”」\"]?$")
#: one clause of a directive (see ``_Goals._directives``), with the separator after it
_DIRECTIVE_CLAUSE = re.compile(r"[“「\"]?(?P<c>(?:[^，,；;。\n“”「」\"]|[“「][^“”「」\n]{1,12}[”」]){2,40}?)[”」\"]?"
                               r"(?:[，,；;]+|(?=。)|$)")


#: the noun a whole 、-list qualifies, at the end of its last item (破解群众单打独斗、技术跟不上、
#: 销售靠运气的难题: one aim, the difficulty of three things)
_SHARED_HEAD = re.compile(r"的(?:难题|困境|问题|局面|瓶颈|短板|现象|状况|窘境)$")


def _task_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a list of tasks at commas, and at 、 when every item is four characters or more."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in [*_COMMA.finditer(text, start, end), None]:
        stop = m.start() if m else end
        clause = (pos, stop)
        items = [(a, b) for a, b in _spans(text, clause[0], clause[1], _ENUM)]
        if any(text.count("“", a, b) != text.count("”", a, b) for a, b in items):
            items = [clause]  # 力争“小事不出村、矛盾不上交”: a quoted list is one aim
        if len(items) >= 2 and all(b - a >= _MIN_SPLIT_ITEM for a, b in items) and not any(
                "的" in text[a:b] and not _opens_with_verb(text[a:b]) for a, b in items[1:]) and not (
                _SHARED_HEAD.search(text, items[-1][0], items[-1][1])) and not (
                _DISPOSAL_OBJECT.match(text, items[0][0], items[0][1])) and not (
                text[items[0][0]] in "让使" and all(b - a <= _STATE_ITEM for a, b in items[1:])):
            # (让农村党员人人有岗、个个有责: the states one subject is brought to, one aim)
            # not 破解“选人难”、后继乏人的困境: a noun phrase after 、 shares the first item's verb
            out.extend(items)
        else:
            out.append(clause)
        pos = m.end() if m else end
    return out


def _spans(text: str, start: int, end: int, sep: re.Pattern[str]) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in sep.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return [(a, b) for a, b in out if b > a]


_COMMA = re.compile(r"[，,]|\s+")
#: the longest item after the first that is one more state of 让's subject (个个有责, 能致富)
_STATE_ITEM = 6
#: a first item that is only what 把 disposes of: the list is its object, and the verb comes
#: after the last item (把党组织的政治优势、组织优势转化为发展优势 is one aim); or a short
#: first item after 让 (让缺劳力、缺技术的农户也能稳定增收: who is made to, listed)
_DISPOSAL_OBJECT = re.compile(r"(?:把(?![握关脉控持])|将(?![来军近]))[^成为到在入进给]+$|[让使][\u4e00-\u9fff]{1,4}$")
# what a document is about is what it sets out to do: 《…关于改进工作作风、密切联系群众》
_TITLE_ABOUT = re.compile(
    r"《[^《》\n]{0,30}?关于(?P<g>(?:进一步|全面|加快|切实)?(?:加强|改进|推进|推动|深化|促进|完善|健全|做好|加快|实施|建立|"
    r"构建|提高|提升|优化|实现|坚持|巩固|发展|密切|全面)[^《》\n]{2,40}?)(?:的(?:决定|意见|若干意见|规定|若干规定|"
    r"通知|实施意见|指导意见|决议|办法|方案|条例)|(?:的)?(?:若干|[一二三四五六七八九十]+条)?(?:政策)?措施)?》"
)
_VERB_OF_HEAD = re.compile(r"^(?P<v>提高|增强|提升|加强|优化|改进|完善|发挥|发展|壮大|巩固)[^的、，,]{2,12}的(?P<n>[^的、，,]{2,6})$")
_RESULT = re.compile(r"连冠|连胜|满贯")
_ENUM = re.compile(r"、")


def extract(ctx: DocContext) -> Iterator[Mention]:
    goals = _Goals(ctx)
    goals.run()
    goals.standard()
    yield from goals.out


@lru_cache(maxsize=1)
def standard_goals() -> re.Pattern[str]:
    """The nation's standing goals (共同富裕, 巩固拓展脱贫攻坚成果 …): data, one a line, as one
    alternation, longest first (全面推进乡村振兴 before 乡村振兴)."""
    return longest_first(data_lines("genre_goals.txt"))


#: the verbs the standing goals of the list open with (铸牢…, 巩固拓展…), and 为基层 of 为基层减负 (its
#: beneficiary before its verb): read as aims on their own
_OWN_VERB = re.compile(r"全面推进|巩固|守住|铸牢|发展|壮大|密切|改善|增收|脱贫|解决|为基层")
#: what makes a standing goal named in passing an aim: a verb of aim right before it (实现共同富裕,
#: 助力乡村振兴, 抓党建促乡村振兴, 建设成为…坚强战斗堡垒), an adverb between allowed
#: standing goals that are what a body or its members are to be (战斗堡垒作用, 政治功能和组织功能), and
#: the verbs that bring them out, a few words before them (发挥村党支部…, 增强党组织…)
_ROLE_GOALS = ("作用", "功能")
_BRING_OUT = re.compile(r"(?:发挥|增强|彰显)[^，,。；;、]{0,10}$")
_AIM_BEFORE = re.compile(
    r"(?:实现|推进|促进|促|推动|助力|助推|服务|服务于|迈向|走向|奔向|朝着|向着|通往|加快|加快推进|建成|建设成为|"
    r"建设成|打造成|打造为|成为|夯实|筑牢|确保|保障|带动|带领群众|引领|赋能|为了)"
    r"(?:全面|加快|扎实|持续|更好|更好地|有力|有效)?$"
)

#: of those verbs, the ones a writer names a standing goal with (推动乡村振兴, 助推乡村全面振兴,
#: 全面推进乡村振兴), with their adverb; not 为了, 朝着, 成为 (phrases, not names)
_WORDED_VERB = re.compile(r"(?:全面|加快|扎实|持续|有力|有效)?(?:实现|推进|促进|推动|助力|助推|夯实|筑牢|带动|引领)"
                          r"(?:全面|加快|扎实|持续|更好|更好地|有力|有效)?$")


#: word classes of who is made to reach a state after 让/使 (工作队, 村里的事, 老百姓的钱袋子)
_SUBJECT_TAGS = ("n", "nz", "ng", "s")


#: the people and bodies the genre's 让/使 aims are for (让村书记安心干, 让群众少跑腿): the subject
#: of the state aimed at, longest first
_ACTORS = re.compile(r"(?:老|新|年轻|流动|外出|在外|退休|广大|普通|无职|农村|基层|各族)?(?:" + "|".join(sorted((
    "村党组织书记", "村书记", "村干部", "基层干部", "党员干部", "农村党员", "人民群众", "干部", "党员", "群众", "村民",
    "居民", "农民", "百姓", "老百姓", "书记", "带头人", "人才", "青年", "老人", "孩子", "企业", "村集体", "集体",
    "支部", "党组织"), key=len, reverse=True)) + ")")


def _modifies_after(text: str, end: int) -> bool:
    """Whether a standing goal ending at ``end`` modifies the noun after it (乡村振兴战略, 共同富裕
    示范区, 乡村振兴工作): the word after is a noun. A verb, a preposition or a particle after it
    leaves it the aim (把铸牢中华民族共同体意识融入…, 以…为主线, 发展壮大村级集体经济是…)."""
    after = text[end:end + 1]
    if not "\u4e00" <= after <= "\u9fff" or after in "的中而和与及等":
        return False
    words = pos_lcut(text[end:end + 6])
    return not words or words[0][1][:1] in ("n", "x", "j") or words[0][1] in ("vn", "an")


def _caused_state(label: str) -> str:
    """The state 让/使 brings its subject to, named alone (让干部有压力、有动力 -> 有压力、有动力),
    as writers name such aims either way; "" when the subject is not a plain noun phrase."""
    if not label.startswith(("让", "使")):
        return ""
    items = label.split("、")
    later = {len(x) for x in items[1:]}
    if len(items) >= 2 and len(later) == 1 and 2 <= (k := later.pop()) < len(items[0]) - 1:
        # 让农村党员人人有岗、个个有责: parallel states as long as one another -> 人人有岗、个个有责
        return "、".join([items[0][-k:], *items[1:]])
    actor = _ACTORS.match(label, 1)
    if actor is not None and len(label) - actor.end() >= 2:
        return label[actor.end():]  # 让村书记安心干 -> 安心干 (jieba tags 村 zg, 专心 n: no noun phrase test)
    words = pos_lcut(label[1:])
    n = 0
    for i, (word, tag) in enumerate(words):
        if tag in _SUBJECT_TAGS or (word == "的" and 0 < i < len(words) - 1):
            n += len(word)
            continue
        break
    rest = label[1 + n:]
    return rest if n and len(rest) >= 3 else ""


def _opens_with_verb(phrase: str) -> bool:
    """Whether jieba reads the phrase's first word as a verb (传承红色基因; not 10万名残疾人)."""
    words = pos_lcut(re.sub(r"[“”「」\"\s]", "", phrase))
    return bool(words) and (words[0][1] in ("v", "vn", "vd", "vi") or words[0][0] in _LEAD_ADVERBS)


#: adverbs a purpose may open with before its verb (为进一步加强…, 为更好引领…)
_LEAD_ADVERBS = frozenset({"进一步", "更好", "更好地", "切实", "深入", "全面", "有效", "充分", "加快", "有力"})


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans``: disjoint and sorted (so their ends rise
    too), the only candidate is the last span starting before ``end``."""
    k = bisect_left(spans, (end,))
    return k > 0 and spans[k - 1][1] > start


def _bare_noun(word: str) -> bool:
    """A dictionary noun or pronoun (学生, 群众, 我们), by jieba's part-of-speech table."""
    return (word_tag(word) or "x")[:1] in ("n", "r")
