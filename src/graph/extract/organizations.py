"""Organisations: party committees and branches, governments and departments, party schools,
companies, cooperatives, publishers and the central bodies.

Why it works from places: most organisations in this genre are a place plus a generic head
(湘西州委组织部, 枫泾镇党委, 马王溪村党支部), so the place extractor's mentions (run before this
one) give both the start of the name and the unit it is located in. The key is the resolved
place key plus the normalised head, so 湘西州委组织部 and 湘西土家族苗族自治州委组织部 are one.
A shared head distributes over an enumeration of places (泸溪县、花垣县、古丈县的县委组织部 -> three).
Names without a place (…公司, …合作社, …出版社) are cut at the word before them.

Imports the model and the pipeline context; never rdflib.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from graph.extract._text import SURNAME_CHARS, TEAM_WORDS
from graph.extract._words import WordStarts
from graph.model import Kind, Mention, Predicate, Provenance, RelationMention, Sentence, make_mention
from graph.pipeline import DocContext
from graph.segment import pos_lcut, word_freq, word_tag

#: a county's or a city's government departments, by their standard names and the short forms in use
_DEPARTMENTS = ("农业农村局", "农牧局", "林草局", "发展改革委", "发改委", "发改局", "民政局", "财政局", "教育局", "人社局",
                "人力资源和社会保障局", "自然资源局", "生态环境局",
                "住房和城乡建设局", "住建局", "交通运输局", "水利局", "商务局", "文化和旅游局", "文旅局", "公安局", "司法局",
                "审计局", "统计局", "林业局", "乡村振兴局", "农商银行", "发展和改革委员会", "发展和改革局", "发展改革局", "市场监督管理局", "市场监管局",
                "应急管理局", "退役军人事务局", "医疗保障局", "医保局", "卫生健康局", "卫健局", "卫生健康委员会", "卫健委",
                "科技局", "工业和信息化局", "工信局", "扶贫办", "信访局", "税务局", "农业局", "体育局", "民宗局",
                "住房城乡建设局", "生态环境分局", "供销社", "住房和建设局", "城市管理和综合执法局", "城管局",
                "自然资源和规划局", "规划和自然资源局", "数据资源局", "政务服务数据管理局", "行政审批局",
                # the other bureaus a county names (县水务局, 县文体广电旅游局)
                "水务局", "文体广电旅游局", "文化广电旅游局", "文化广电旅游体育局", "文化广电新闻出版局", "房管局",
                "文化体育和旅游局", "文化广电体育和旅游局", "文化广电和旅游局",
                "民族宗教事务局", "住房保障和房产管理局", "住房保障和房产局", "农业农村和水利局", "林业和草原局",
                "能源局", "粮食和物资储备局",
                # (区住房城乡建设委, 区城市管理委, 四川省政府国有资产监督管理委员会, 寿光市教育和体育局, 市人力社保局)
                "住房城乡建设委", "住房和城乡建设委员会", "城市管理委", "城市管理委员会", "国有资产监督管理委员会",
                "国资委", "教育和体育局", "教体局", "人力社保局",
                "文明办", "党政办",
                # a township's own stations and offices (巴河镇财政所, 洗马镇民政办, 团陂镇经管站)
                "财政所", "民政办", "经管站", "农经站", "农业服务中心", "农业综合服务中心", "农技站", "畜牧站", "兽医站",
                "林业站", "水利站", "国土所", "自然资源所", "文化站", "综合文化站", "社保所", "劳动保障所",
                "退役军人服务站", "社会事务办", "经济发展办", "党政综合办公室", "综合行政执法队", "应急管理办",
                # a county's supervisory commission, written out (浠水县监察委员会: 浠水县监委)
                "监察委员会",
                # the people's organisations a county or city names among its bodies (县妇联, 县工商联)
                "妇联", "工商联", "总工会", "科协", "残联", "文联", "侨联", "红十字会", "直机关工委",
                "社会科学界联合会", "社科联", "妇女联合会",
                # a province's departments (厅) and the offices of its government and committee
                "农业农村厅", "财政厅", "民政厅", "教育厅", "人力资源和社会保障厅", "人社厅", "自然资源厅", "生态环境厅",
                "住房和城乡建设厅", "住建厅", "交通运输厅", "水利厅", "商务厅", "文化和旅游厅", "公安厅", "司法厅",
                "科学技术厅", "科技厅", "工业和信息化厅", "审计厅", "应急管理厅", "退役军人事务厅", "卫生健康委",
                "人民政府办公厅", "政府办公厅", "人民政府办公室", "政府办公室")
#: the fields a county's or a city's bureau is named by, joined as its name joins them (县文化和广电旅游体育局,
#: 县林业和竹业局, 区政务服务和大数据管理局, 武夷山市茶业局): a bureau the list above lacks
_BUREAU_FIELDS = ("文化", "旅游", "文旅", "文体", "广电", "广体", "广播电视", "新闻出版", "体育", "林业", "竹业", "茶业", "草原",
                  "农牧", "农业", "农村", "畜牧", "水产", "渔业", "生态", "环境", "移民", "城管", "城市", "管理", "执法",
                  "综合", "行政", "政务", "服务", "大数据", "数据", "资源", "科学技术", "科技", "交通", "运输", "税务",
                  "公安", "民政", "财政", "教育", "卫生", "健康", "自然", "规划", "住房", "建设", "水利", "水务", "应急",
                  "市场", "监督", "审计", "统计", "医疗", "保障", "商务", "粮食", "物资", "储备", "能源", "信访", "民族",
                  "宗教", "事务", "老干部", "司法", "经济", "信息化", "工业", "投资", "促进", "口岸", "地方志", "档案")
_BUREAU = "(?:(?:" + "|".join(sorted(_BUREAU_FIELDS, key=len, reverse=True)) + r")和?){1,6}(?:分局|局)"
_BUREAU_RE = re.compile(_BUREAU + r"(?!长)")
#: heads of a village's or community's own bodies: not after a county or above
_VILLAGE_BODIES = frozenset({"村民委员会", "居民委员会", "村委会", "居委会", "村务监督委员会", "股份经济合作社",
                             "经济合作社"})
#: a Party branch's heads: a village's, a community's or a unit's body, never a county's
_BRANCHES = frozenset({"党支部", "支部", "党总支"})
#: the discipline commission and the supervision commission, one office under two names, written
#: with the unit again (宁海县纪委县监委, 宁波市纪委市监委): one body, keyed as 纪委监委
_MERGED_DISCIPLINE = tuple((f"纪委{u}监委", "party_committee") for u in "省市州县区旗盟")
#: a township's offices, written after their town's name or bare (镇党政办, 镇财政所): the heads of
#: organisations and the bodies a bare 镇 names (see _BARE_LOWER)
_TOWNSHIP_OFFICES = (("党政办公室", "government"), ("党政办", "government"), ("党政综合办", "government"),
                     ("宣传办", "party_committee"),
                     ("财政所", "government"), ("农业综合服务中心", "government"), ("人大主席团", "government"),
                     ("乡村振兴工作站", "government"),
                     # (镇党委组织办, 乡水务站, 镇应急办, 镇村建办)
                     ("党委组织办", "party_committee"), ("组织办", "party_committee"), ("水务站", "government"),
                     ("应急办", "government"), ("村建办", "government"),
                     # (镇团委, 镇机关党支部, 镇农业农村办)
                     ("团委", "other"), ("机关党支部", "party_branch"), ("农业农村办", "government"))
#: heads written right after a place name, longest first, with their subtype
_HEADS: tuple[tuple[str, str], ...] = tuple(sorted((*((d, "government") for d in _DEPARTMENTS),
    ("委组织部", "party_committee"), ("委宣传部", "party_committee"), ("委统战部", "party_committee"),
    ("委办公厅", "party_committee"), ("委办公室", "party_committee"),
    ("委党史研究室", "party_committee"), ("委政策研究室", "party_committee"), ("委党史研究院", "party_committee"),
    ("委政法委", "party_committee"), ("纪委监委", "party_committee"), ("纪律检查委员会", "party_committee"),
    *_MERGED_DISCIPLINE, ("纪委", "party_committee"), ("委党校", "school"), ("党校", "school"),
    ("党委", "party_committee"), ("党工委", "party_committee"), ("党总支部", "party_branch"), ("党总支", "party_branch"),
    ("党支部", "party_branch"), ("支部", "party_branch"), ("基层党组织", "party_branch"),
    # a branch's formal name (中共湄潭县兴隆镇龙凤村支部委员会, 中共…村总支部委员会): the branch
    ("支部委员会", "party_branch"), ("总支部委员会", "party_branch"),
    ("党组织", "party_branch"), ("村委会", "government"), ("居委会", "government"),
    ("委员会", "party_committee"), ("委", "party_committee"), ("人民政府", "government"),
    ("政府", "government"), ("人大常委会", "government"), ("人大", "government"), ("政协", "government"),
    ("组织部", "party_committee"), ("宣传部", "party_committee"), ("发展改革委", "government"),
    ("发改委", "government"), ("村民委员会", "government"), ("居民委员会", "government"),
    ("村务监督委员会", "other"), ("股份经济合作社", "cooperative"), ("经济合作社", "cooperative"),
    # the service bodies the genre names after their village, community or township
    ("党群服务中心", "other"), ("便民服务中心", "other"), ("新时代文明实践站", "other"),
    ("新时代文明实践所", "other"), ("新时代文明实践中心", "other"), ("综治中心", "other"),
    # the township's and county's organs of law and mediation (沙市镇司法所, 赤马村调委会)
    ("司法所", "government"), ("派出所", "government"), ("人民法院", "government"), ("人民法庭", "government"),
    ("人民检察院", "government"), ("调委会", "other"), ("人民调解委员会", "other"), ("调解委员会", "other"),
    ("纪工委", "party_committee"), ("股份经济合作联合社", "cooperative"), ("经济合作联合社", "cooperative"),
    # a committee's departments of urban governance and social work (成华区委社治委)
    ("委社治委", "party_committee"), ("委社会工作部", "party_committee"),
    # a community's or township's other bodies: the grid centre, the owners' committee, the
    # township's office of Party building, its clinic and its school (绿水镇卫生院, 建南社区业委会)
    ("网格化服务中心", "other"), ("网格化服务管理中心", "other"), ("网格化管理服务中心", "other"),
    # (新光村新乡贤参事会, 东澄村乡贤参事会: a village's council of its worthies; bare, 乡贤参事会 is a practice)
    ("乡贤参事会", "other"), ("新乡贤参事会", "other"),
    ("业委会", "other"), ("业主委员会", "other"), ("大党委", "party_committee"), ("党建办", "party_committee"),
    ("卫生院", "other"), ("中心学校", "school"), ("中心小学", "school"),
    # a county's hospitals, a township's health centre, a village's clinic (临泉县人民医院, 姜寨镇中心卫生院,
    # 汪庄村卫生室)
    ("中心卫生院", "other"), ("卫生室", "other"), ("人民医院", "other"), ("中医院", "other"),
    ("妇幼保健院", "other"),
    # a city's customs and a port's border inspection station (南宁海关, 凭祥出入境边防检查站)
    ("海关", "government"), ("出入境边防检查站", "government"), ("边防检查站", "government"),
    # a county's power supplier and its township stations, a bank's branch (福贡供电局, 匹河乡供电所, 新田镇支行)
    ("供电局", "company"), ("供电所", "company"), ("供电公司", "company"), ("支行", "company"),
    # a place's broadcaster and newspaper, named in a report's credits and source lines
    # (湖南广播电视台记者：…, 通道县融媒体中心记者：…)
    ("广播电视台", "other"), ("电视台", "other"), ("融媒体中心", "other"), ("日报社", "other"),
    # a township's offices and stations, named in a minutes' or a plan's lists of who is in
    # charge (责任单位：镇党建办、镇宣传办; 镇财政所, 镇农业综合服务中心主任吴海涛)
    *_TOWNSHIP_OFFICES, ("农技站", "government"), ("农经站", "government"),
    # an unnamed village's or community's bodies after its township, as circulars on misconduct
    # write them (孝丰镇某村党总支原书记王某某)
    *((f"某{unit}{head}", subtype) for unit in ("村", "社区")
      for head, subtype in (("党支部", "party_branch"), ("党总支", "party_branch"), ("党委", "party_committee"),
                            ("村委会", "government"), ("居委会", "government"), ("股份经济合作社", "cooperative"))
      if head[0] != "居" or unit == "社区"),
), key=lambda h: -len(h[0])))
_HEAD_SUBTYPE = dict(_HEADS)

def _central_bodies() -> dict[str, tuple[str, str]]:
    """National bodies (``lexicon/data/central_bodies.tsv``): written form -> (standard name, subtype)."""
    text = resources.files("graph.lexicon").joinpath("data/central_bodies.tsv").read_text("utf-8")
    out: dict[str, tuple[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            written, name, subtype = line.split("\t")
            out[written] = (name, subtype)
    return out


#: central bodies: written form -> (standard name, subtype)
_CENTRAL = _central_bodies()
_CENTRAL_RE = re.compile("|".join(sorted(map(re.escape, _CENTRAL), key=len, reverse=True)))
#: what makes 中国共产党 the first words of a longer name rather than the Party the text
#: speaks of: a congress's ordinal (中国共产党第二十次全国代表大会) or the rest of a rule-book's
#: title (中国共产党农村基层组织工作条例, a reference list's entry without 《》); the event is
#: the name. (Not for other bodies: 全国人民代表大会常务委员会第二十八次会议 is the body's session.)
_TITLE_REST = re.compile(r"第[一二三四五六七八九十]+[次届]|[\u4e00-\u9fff]{0,14}?(?:条例|章程|准则|细则)")

_NAMED = re.compile(r"[\u4e00-\u9fff（）()]{2,24}?(股份有限公司|有限责任公司|有限公司|集团公司|公司|专业合作社|"
                    r"合作社|股份经济联合社|经济联合社|经济社(?!会)|出版社|党校|大学(?!毕业|生)|学院(?!毕业)|研究院|研究所|"
                    # (本乡本土大学毕业生: graduates, not a university)
                    r"银行|医院|律师事务所|会计师事务所|(?<!协)商会|"
                    # (浙江省党建研究会, 龙游县大数据发展中心: a place's society or its service centre)
                    r"研究会|促进会|(?:发展|服务|管理|指导|培训|交易|孵化|保障|运营|研究)中心(?!城|区|镇|村|任务|工作|环节))")
#: a school or institute of a university, written right after it (…大学公共管理学院)
_SCHOOL_OF = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:学院|研究院|研究所|研究中心)"
                        r"(?![^，。；、,;]{0,10}?(?:党委|党总支|党支部|分党校|团委))")  # (its branches: see _BRANCH)
# every _NAMED match holds one of these words: a sentence without any is skipped in C, before
# the lazy {2,24}? prefix is tried at each of its characters
#: (经济联合社, 经济社: Guangdong's village and village group collectives, 夏东股份经济联合社, 孔溪经济社)
_NAMED_HINT = re.compile(r"公司|合作社|联合社|经济社|出版社|党校|大学|学院|研究院|研究所|银行|医院|事务所|商会|研究会|促进会|中心")
#: the heads of _NAMED that name one body only after its place (晋江市磁灶镇商会, 浙江省党建研究会,
#: 龙游县大数据发展中心; not 清廉商会, 政务服务中心: kinds)
_PLACE_LED = ("商会", "研究会", "促进会", "中心")
_NAMED_TYPES = {"公司": "company", "合作社": "cooperative", "股份经济联合社": "cooperative", "经济联合社": "cooperative",
                "经济社": "cooperative", "出版社": "other", "党校": "school", "大学": "school",
                "学院": "school", "研究院": "other", "研究所": "other", "银行": "company", "医院": "other"}
_STOP_CHARS = set("的在于、，,。及和与对是从到由把将：:“”\"‘’ 等为了这那其各该每个们也都就而如")
_GENERIC_NAMED = {"公司", "合作社", "出版社", "党校", "大学", "学院", "银行", "医院", "该公司", "本公司", "上市公司",
                  "律师事务所", "会计师事务所", "商会", "异地商会", "行业商会",
                  "母公司", "子公司", "分公司", "专业合作社", "合作社", "集团公司", "有限公司", "经济联合社",
                  "股份经济联合社", "经济社"}
#: a secretary's post before the holder's name (县委书记雷振邦): the bare committee is the holder's body;
#: not before what a post does (县委书记任组长, 县委书记是第一责任人): a surname must follow, and
#: not one of the words a sentence about the post goes on with; or the next post of the holder's list
#: (县纪委书记、县监委主任杜明远)
_HOLDER = "[、" + "".join(c for c in SURNAME_CHARS if c not in "任是为要和于向在把对从将") + "]"
_BARE_COMMITTEE = re.compile(
    r"(自治区党委(?:组织部|宣传部|统战部|政法委|社会工作部|办公厅|党校)?|(?:自治区|省|市|州|县|区|旗|盟)(?:委(?:常委会|理论学习中心组|组织部|宣传部|统战部|政法委|社会工作部|社治委|党校|办公厅|办公室|督查室|党建办|人才办|"
    r"巡察办|编办|网信办|政研室|农办|老干部局)?|纪委[省市州县区旗盟]?监委|纪委|监委|人大常委会|人大|政协|人民法院|人民检察院|"
    r"法院|检察院|融媒体中心|"
    r"人民政府|政府|"
    + "|".join(sorted(_DEPARTMENTS, key=len, reverse=True)) + "|" + _BUREAU
    + r"))(?!员|常委(?!、)|代表|副?书记(?!" + _HOLDER + "))")
def _acts_on(modifier: str) -> bool:
    """Whether the words before a bare 合作社 end in a verb acting on it (明确要求合作社分红, 党建引领
    合作社发展): a clause about cooperatives, not a name's modifier (富民, 兴农, a product)."""
    return len(modifier) > 2 and modifier.endswith(_ACTS_ON_COOPS)


#: verbs that govern a bare 合作社 in a clause (要求|合作社分红, 引领|合作社发展)
_ACTS_ON_COOPS = ("要求", "引领", "推动", "支持", "鼓励", "引导", "规范", "指导", "带动", "扶持", "督促", "帮助", "培育",
                  "壮大")


#: verbs jieba's dictionary tags otherwise (落实 a, 贯彻落实 i): a body after them is named
#: (认真落实自治区党委关于…的部署)
_VERBS_TAGGED_ELSE = frozenset({"落实", "贯彻"})
#: a standing committee member's post, then the department they head (县委常委、组织部部长): the
#: department is the committee's own
_STANDING_THEN_DEPT = re.compile(r"(?P<unit>自治区|省|市|州|县|区|旗|盟)委常委、(?P<dept>组织部|宣传部|统战部|政法委)"
                                 r"(?=(?:常务)?副?(?:部长|书记))")
#: a plan's line of the units charged with a task, and its items (牵头单位：县委组织部、县农业农村局)
DUTY_LINE = re.compile(r"\s*[（(]?\s*(?P<duty>牵头|责任|配合|协办|主责|参与|承办|主办)(?:单位|部门)[）)]?\s*[:：]\s*")
_DUTY_ITEM = re.compile(r"[^、，,；;。\s]+")
#: a bare body of a unit in such a list: the unit's character, then a name ending as bodies do
_DUTY_BODY = re.compile(r"(?P<unit>自治区|省|市|州|县|区|旗|盟)(?P<head>(?!各)[\u4e00-\u9fff]{0,14}"
                        r"(?:局|委|部|办|办公室|供销合作社|中心|院|所|站|总工会|妇联|团委))")
#: what opens a phrase about some members of a kind, not a name (少数合作社, 各村股份经济合作社)
#: a share or a count inside what would be a name (近三成, 30%, 12家): a quantity of a kind, not a name
_SHARE = re.compile(r"[一二两三四五六七八九十百千万半\d]+(?:成|%|％|家|所|个)")
_QUANTIFIERS = ("少数", "部分", "多数", "个别", "一些", "不少", "各", "每个", "全部", "所有", "有的", "多家", "一批",
                "大批", "其他", "其余", "这些", "那些", "该类")
#: a body running another inside a name: the practice 党支部领办合作社, not an organisation
_RUNS = re.compile(r"领办|创办|兴办|联办|领建|代办")
#: what may follow the verb of running before the body's name (领办成立…合作社)
_AFTER_RUNS = re.compile(r"(?:了|起)?(?:成立|组建|建立)?(?:了)?")
#: verbs that join one body to another (县委组织部会同县农业农村局…): a bare body may follow
_JOINT_VERBS = ("会同", "联合", "协同", "配合", "联同", "牵头")
#: words that pick out some units of a level (涉农区人民政府: every district that farms)
_WHICH_UNITS = frozenset({"涉农", "相关", "有关", "所在", "其他", "所属", "涉及"})
#: verbs that start an activity phrase, not a name (组建农业专业合作社)
#: verbs done to or with a cooperative (领办合作社, 入股合作社, 帮助合作社): not a product that names one
_COOP_VERBS = ("领办", "成立", "组建", "入股", "帮助", "指导", "联合", "加入")
#: verbs of asking a body for help or working with it (协调, 邀请, 联合, 依托): the body's name follows
_ASKS = re.compile(r"协调|邀请|联合|对接|携手|会同|委托|聘请|争取|引进|联系|依托|"
                   # and a kind in apposition before the name (龙头企业|绥棱县恒丰大豆食品有限公司)
                   r"龙头企业|企业|帮扶单位|结对单位|高校")
_LEADING_VERBS = ("建立", "创办", "兴办", "发展", "支持", "扶持", "培育", "引导", "鼓励", *_COOP_VERBS,
                  "依托", "通过", "存入", "进入", "成为", "推动", "带动", "组织", "动员", "可以", "建设")
#: a cooperative named by what its members grow, raise or make (黄精种植合作社, 柳编专业合作社,
#: 乡村旅游专业合作社): a name the genre gives one cooperative, where 农民专业合作社 names the kind
_PRODUCT_COOP = re.compile(r"(?P<what>[\u4e00-\u9fff]{2,6}?)(?:种植|养殖|加工|销售|生产)?(?:专业)?合作社")
#: words that make a cooperative's name a kind, a quantity or a tier, not one cooperative's name
_KIND_COOP = re.compile(r"农民|农牧民|牧民|渔民|农业|农村|农户|村民|群众|家庭|供销|信用|股份|经济|劳务|土地|资金|互助|集体|新型|专业|"
                        r"各类|各种|合作|村级|示范|省级|市级|县级|国家级|一家|多家|这|该|本|其|此|新建|" + "|".join(_COOP_VERBS))
#: the verbs that found or run a cooperative, at a word start inside what _NAMED took
#: (龙凤村党总支牵头成立龙凤村茶叶专业合作社: the name starts after 成立)
_FOUNDS = re.compile(r"(?:牵头|带头|带领|帮助|引导|鼓励)?(?:成立|组建|建立|创办|兴办|领办|创建|注册|联办)(?:了|起)?")


#: 各市、州、县人民政府: an addressee list of every unit of some levels (各 then levels and 、)
_EACH = re.compile(r"各(?:[省市州县区乡镇村][、，,]?)+$")
#: the Communist Youth League's committee of a unit (团县委 = 共青团某县委员会)
_YOUTH = re.compile(r"团(?P<unit>省|市|州|县|区|旗)委(?!员)")
#: the unit a bare body's first character names: 旗 and 盟 are Inner Mongolia's county and prefecture
_LEVEL_OF = {"自": "province", "省": "province", "市": "prefecture", "州": "prefecture", "县": "county", "区": "county",
             "旗": "county", "盟": "prefecture"}  # 自: 自治区
#: what stands between listed places and the head they share: 的/等 or a count, then a kind, the
#: unit (…等9个村党组织, 赵畈村、田洼村2个软弱涣散村党组织, …等6个苏木乡镇党委, …等村（社区）党组织)
_ENUM_COUNT = r"[\d一二三四五六七八九十两]+个"
_ENUM_TAIL = re.compile(rf"(?:(?:的|等)(?:{_ENUM_COUNT})?|{_ENUM_COUNT})(?:软弱涣散|后进|贫困|重点|试点|示范)?"
                        r"(?:苏木乡镇|乡镇|村（社区）|村\(社区\)|社区|街道|县|市|区|州|镇|乡|村)?")


#: the endings of a registered company's full name (字号, then trade, then the form): never a kind
_REGISTERED = ("有限公司", "有限责任公司")
#: the first words of a kind of body, not of its own name (农业开发有限公司, 乡村旅游合作社)
_KIND_FIRST = re.compile(r"乡村|农业|农村|村级|村集体|集体|专业|新型|现代|综合|相关|有关")


def _founded_name(text: str, s: int, e: int, head: str) -> bool:
    """Whether ``text[s:e]``, a registered company or a cooperative, is one body's name because the
    verb that founds it stands right before it (组建了|新光共富发展有限公司, 成立|杉木塘乡村旅游专业
    合作社) and what precedes the head is more than a kind (not 农业开发有限公司, 农民专业合作社):
    four characters or more (five for a company, whose trade follows its own name), not opening
    with a kind's word (nor, for a cooperative, holding one: 村股份经济合作社, 林下经济专业合作社), a
    verb, an adverb, a pronoun or a number."""
    if not (head.endswith(_REGISTERED) or head.endswith("合作社")):
        return False
    modifier = text[s:e - len(head)]
    if len(modifier) < (5 if head.endswith(_REGISTERED) else 4) or _KIND_FIRST.match(modifier) \
            or (_KIND_COOP.search if head.endswith("合作社") else _KIND_COOP.match)(modifier) \
            or modifier.startswith(_QUANTIFIERS) or _SHARE.search(modifier):
        return False
    if not any(f.end() == s for f in _FOUNDS.finditer(text, max(0, s - 6), s)):
        return False
    return _pos_cut(modifier)[0][1][:1] not in "vdptrmcuf"


def _names_between(text: str, places: list[Mention], sent: Sentence, s: int, head: int) -> bool:
    """Whether the words between the places leading at ``s`` and a head at ``head`` name the body
    (宝塔区|红色研学|服务中心) rather than say what the place does (滨江区长河街道|设有运营|服务中心, 奇台县|以村党群|
    服务中心): no verb, preposition, adverb or conjunction among them."""
    end = s
    for p in sorted(places, key=lambda p: p.start):
        if p.start - sent.start == end and p.end - sent.start <= head:
            end = p.end - sent.start
    between = text[end:head]
    return not between or _no_verb(between)


def _no_verb(words: str) -> bool:
    """No verb, preposition, adverb or conjunction among ``words`` (a verbal noun, 发展 vn, names)."""
    return not any(flag[:1] in "vpdc" and flag != "vn" for _, flag in _pos_cut(words))


def _proper_modifier(modifier: str) -> bool:
    """Whether what precedes an organisation's head word begins with a proper noun (清华, 武汉,
    中国): 理工大学, 商业银行 are kinds of organisation, though jieba tags them as names too."""
    words = _pos_cut(modifier)
    return bool(words) and words[0][1] in ("ns", "nz", "nr", "nt", "j")


def _starts_with_verb(ctx: DocContext, sent: Sentence, rel_start: int, rel_end: int) -> bool:
    """True when the span holds a verb, adverb or time word before its head (扩大公立医院,
    严肃查处银行, 今年要重点检查上市公司): an activity in a sentence, not a name. Before 学院 a
    verbal noun names a field of study (公共管理学院, 体育学院), not an activity (深化供销合作社)."""
    modifier = sent.text[rel_start:rel_end]
    school = sent.text.startswith("学院", rel_end)
    # tag the short modifier in context-free mode: jieba's dictionary alone tags 严肃查处 nr
    return any(flag[:1] in ("v", "d", "t", "p") and not (school and flag == "vn") for _, flag in _pos_cut(modifier))


@lru_cache(maxsize=4096)
def _pos_cut(text: str) -> tuple[tuple[str, str], ...]:
    """``pos_lcut`` of a short text, kept: the same modifiers and unit names recur across a
    corpus, and the cut depends on the text alone."""
    return tuple(pos_lcut(text))


def extract(ctx: DocContext) -> Iterator[Mention | RelationMention]:
    places = sorted(ctx.of_kind(Kind.PLACE), key=lambda m: m.start)
    by_sent: dict[int, list[Mention]] = {}
    for m in places:
        by_sent.setdefault(m.sent_index, []).append(m)
    seen: set[tuple[int, int]] = set()
    found: list[tuple[int, int]] = []
    named: list[Mention] = []
    for sent in ctx.sentences:
        in_sent = by_sent.get(sent.index, [])
        if not in_sent and not _may_name(sent.text):
            continue  # most sentences: no place to start a name and no word that ends one
        for item in _in_sentence(ctx, sent, in_sent, places, seen):
            if isinstance(item, Mention):
                found.append((item.start, item.end))
                named.append(item)
            yield item
    yield from _subunits(ctx, named, found)
    branches = list(_institution_branches(ctx, found))
    yield from branches
    bodies = [*named, *branches]  # (the bodies named in sentences, then the institutions' branches)
    yield from _attached_bodies(ctx, bodies, found)
    yield from _placed_before(ctx, places, bodies)
    yield from _institution_anaphors(ctx, bodies, found)
    yield from _formal_committees(ctx, named)
    yield from _industry_bodies(ctx, found)
    yield from _anaphoric(ctx, places, found)
    yield from _media(ctx, places, found)
    yield from _leading_groups(ctx, places, named, found)
    yield from _inspection_teams(ctx, named, found)


#: a department's section written right after it (县委组织部组织股, 省委组织部组织二处, 县纪委监委党风政风
#: 监督室), not a post (组织部部长) nor its head's (组织科科长 is the section, then the post)
_SUBUNIT = re.compile(r"(?:(?:组织|干部|人才|宣传|培训|综合|党建|基层党建|电教|信访|党风政风监督|纪检监察|政策法规|调研)"
                      r"[一二三四五六七八九十]?(?:科|股|处|室)(?!长)"
                      # (县纪委监委办公室, 州委党校党史党建教研部: its office, a party school's department)
                      r"|办公室(?!主任)|[\u4e00-\u9fff]{0,6}?教研[部室](?!主任))")
#: the heads of the departments whose sections are named so
_SECTIONED = ("组织部", "纪委监委", "纪委", "监委", "党校", "宣传部")


def _subunits(ctx: DocContext, named: list[Mention], found: list[tuple[int, int]]) -> Iterator[Mention]:
    """A department's section (县委组织部|组织股): an organisation of its own, keyed under the
    department, its span the section's words (the department keeps its own mention)."""
    text = ctx.doc.text
    for o in named:
        if o.kind != Kind.ORGANIZATION or not o.label.endswith(_SECTIONED):
            continue
        m = _SUBUNIT.match(text, o.end)
        if m is None or any(a < m.end() and m.start() < b for a, b in found):
            continue
        found.append(m.span())
        yield make_mention(ctx.doc, start=m.start(), end=m.end(), sent_index=o.sent_index, kind=Kind.ORGANIZATION,
                           key=f"{o.key}/{m.group(0)}", label=o.label + m.group(0), subtype=o.subtype,
                           rule="org.subunit", confidence=0.8, aliases=(o.text + m.group(0),))


def _formal_committees(ctx: DocContext, named: list[Mention]) -> Iterator[Mention]:
    """A body's Party committee by its formal name, 中共 + the body + 委员会 (中共成都市司法局委员会,
    中共友谊关海关委员会): one node with the body's 党委 (its alias)."""
    text = ctx.doc.text
    for o in named:
        if o.kind != Kind.ORGANIZATION or o.subtype not in ("government", "company", "other", "school") \
                or not text.startswith("委员会", o.end):
            continue
        if text.startswith("中共", o.start):
            start = o.start  # (the body's mention holds 中共: 中共成都市司法局|委员会)
        elif text.endswith("中共", 0, o.start):
            start = o.start - 2
        else:
            continue
        body = o.label.removeprefix("中共")
        yield make_mention(ctx.doc, start=start, end=o.end + 3, sent_index=o.sent_index, kind=Kind.ORGANIZATION,
                           key=f"{o.key}/党委", label=f"中共{body}委员会", subtype="party_committee",
                           rule="org.formal_committee", confidence=0.8, aliases=(body + "党委",))


#: an institution named again by its kind (公司党委书记沈立群, 该所主任陈立衡, 商会党总支书记林国栋): the
#: kind's word (or 该 and its one character), perhaps its Party body, then a post
_INSTITUTION_AGAIN = re.compile(r"(?:(?<=[，,。；;、：:\s“])|^)(?P<word>该所|该公司|公司|集团|商会|该院|院|学校|医院|研究院)"
                                r"(?P<head>党委|党总支|党支部)?(?=(?:副)?(?:书记|主任|总经理|董事长|会长|院长|校长|所长|副总裁|总裁))")
#: what a kind's word names, by the end of the institution's name
_KIND_ENDS = {"该所": ("事务所", "研究所"), "该公司": ("公司",), "公司": ("公司",), "集团": ("集团", "集团有限公司"),
              "商会": ("商会",), "该院": ("医院", "研究院", "学院"), "院": ("研究院", "医院", "学院"), "学校": ("学校", "中学", "小学"),
              "医院": ("医院",), "研究院": ("研究院",)}
#: how far back (characters) the institution a kind's word names again may have been named
_AGAIN_REACH = 3000


def _institution_anaphors(ctx: DocContext, named: list[Mention], found: list[tuple[int, int]]) -> Iterator[Mention]:
    """An institution named again by its kind's word before a post (公司党委书记、副总裁沈立群说): the
    institution named last before it (杭州星澜网络科技有限公司), or its Party body, as one node with
    the written-out name (the same key), so that the person is of it."""
    text = ctx.doc.text
    bodies = sorted((o for o in named if o.kind == Kind.ORGANIZATION), key=lambda o: o.start)
    for m in _INSTITUTION_AGAIN.finditer(text):
        start, end = m.start(), m.end()
        if any(a < end and start < b for a, b in found):
            continue
        ends = _KIND_ENDS[m.group("word")]
        inst = next((o for o in reversed(bodies) if o.end <= start and start - o.end <= _AGAIN_REACH
                     and o.label.endswith(ends) and o.subtype in ("company", "other", "school", "cooperative")), None)
        if inst is None:
            continue
        sent = ctx.sentence_at(start)
        head = m.group("head") or ""
        label = inst.label + head
        found.append((start, end))
        yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION,
                           key=f"org/{label}" if head else inst.key, label=label,
                           subtype=_BRANCH_SUBTYPE.get(head, inst.subtype), rule="org.named_again", confidence=0.65,
                           aliases=(m.group(0),))


#: the bodies whose place a text gives as "<place>的<body>": an institution named without one (not a
#: team sent there, 洛子阿里村的驻村工作队)
_PLACED_KINDS = ("company", "cooperative", "school", "party_committee", "party_branch")


def _placed_before(ctx: DocContext, places: list[Mention], named: list[Mention]) -> Iterator[RelationMention]:
    """Where a body named without its place is: the place written right before it with 的 (宜宾市叙州区的
    锦程新材料有限公司, 位于湖北省武汉市的江城理工大学): a company's, a university's seat."""
    text = ctx.doc.text
    ending = {p.end: p for p in places}
    for o in named:
        if o.kind != Kind.ORGANIZATION or o.attr("located_in") or o.subtype not in _PLACED_KINDS \
                or o.start < 2 or text[o.start - 1] != "的" or (place := ending.get(o.start - 1)) is None:
            continue
        if any(p.start <= o.start < p.end for p in places):
            continue
        yield RelationMention(subject_kind=Kind.ORGANIZATION, subject_key=o.key, predicate=Predicate.LOCATED_IN,
                              object_kind=Kind.PLACE, object_key=place.key,
                              prov=Provenance(doc_id=ctx.doc.id, sent_index=o.sent_index, start=place.start, end=o.end,
                                              rule="org.placed_before", confidence=0.75))


#: a body's Party group written right after it (县林业局党组, 教育部党组, 县人民法院党组; not 党组织)
_PARTY_GROUP = re.compile(r"党组(?!织)")
#: a committee's working committees (中共湖北省委教育工委, 中共乐清市委两新工委, 市委机关工委)
_WORKING_COMMITTEE = re.compile(r"(?:教育|两新|机关|企业|非公|社会组织|国资|直属机关)工委")
#: a unit's Party committee's own departments (江城理工大学党委组织部, 临泉县人民医院党委办公室)
_COMMITTEE_OFFICE = re.compile(r"(?:组织部|宣传部|统战部|办公室|工作部)(?!部长|主任)")
#: the bodies that have a Party group: the state's organs and departments
_HAS_PARTY_GROUP = ("局", "厅", "部", "委", "政府", "法院", "检察院", "政协", "人大常委会", "人大", "办公室", "署", "总局")


def _attached_bodies(ctx: DocContext, named: list[Mention], found: list[tuple[int, int]]) -> Iterator[Mention]:
    """The bodies written right after another and named by it: a department's Party group (县林业局|党组),
    a committee's working committee (中共湖北省委|教育工委), a unit's Party committee's department
    (江城理工大学党委|组织部). Each an organisation of its own, keyed under the body; its span the
    added words (the body keeps its own mention), as for a department's section."""
    text = ctx.doc.text
    for o in named:
        if o.kind != Kind.ORGANIZATION:
            continue
        if o.label.endswith("党委"):
            if _TOWN_COMMITTEE.search(o.label):
                continue
            m = _COMMITTEE_OFFICE.match(text, o.end)
        elif o.label.endswith(_HAS_PARTY_GROUP) and o.subtype == "government":
            m = _PARTY_GROUP.match(text, o.end)
        elif o.label.endswith("委") and o.subtype == "party_committee" and not o.label.endswith(("纪委", "监委", "工委")):
            m = _WORKING_COMMITTEE.match(text, o.end)
        else:
            continue
        if m is None or any(a < m.end() and m.start() < b for a, b in found):
            continue
        found.append(m.span())
        yield make_mention(ctx.doc, start=m.start(), end=m.end(), sent_index=o.sent_index, kind=Kind.ORGANIZATION,
                           key=f"{o.key}/{m.group(0)}", label=o.label + m.group(0), subtype="party_committee",
                           rule="org.attached", confidence=0.75, aliases=(o.text + m.group(0),))


#: a township's, county's or higher unit's own committee (镇党委, 县委): its offices are read as the
#: unit's (镇党委办公室 is the township's party and government office), not here
_TOWN_COMMITTEE = re.compile(r"(?:镇|乡|街道|县|区|市|州|省|自治区|旗|盟)党委$")


#: a leading group and its office, named from the unit that sets it up (县抓党建促乡村振兴工作
#: 领导小组, 中央全面依法治国领导小组, 国务院进出口领导小组): the name runs from the unit's word to
#: the head with no function word between (成立强有力的领导小组 names none)
_GROUP_BODY = r"[^\s的和与及、，,。；;：:（）()在对把将从向给为是了等各]"
_GROUP = re.compile(r"(?P<unit>中央|国务院|国家|省委|省|自治区|市委|市|州委|州|县委|县|区委|区|旗|镇|乡|街道|村|社区)"
                    rf"(?P<body>{_GROUP_BODY}{{2,20}}?)(?:工作)?领导小组(?:办公室)?")

#: verbs that set a group up or speak to it, inside what _GROUP took (某县成立某县…领导小组)
_GROUP_CUT = re.compile(r"成立|设立|组建|建立|调整|充实|纳入|报告|报送|印发|牵头|会同|联合|召开|主持|担任|兼任")
#: a group's name right after such a verb, when no unit's word opens it
_GROUP_AFTER = re.compile(rf"(?P<body>{_GROUP_BODY}{{2,16}}?)(?:工作)?领导小组(?:办公室)?")


def _leading_groups(ctx: DocContext, places: list[Mention], named: list[Mention],
                    found: list[tuple[int, int]]) -> Iterator[Mention | RelationMention]:
    """Leading groups (领导小组) and their offices, from the unit word that opens the name; a place
    written whole before that word opens it instead (婺源县抓党建…领导小组), and locates it. A bare
    committee read as the unit word (县委|巡视整改工作领导小组) keeps its mention, and the group is
    keyed under it; a group set up with no unit word (成立巡察整改工作领导小组) is the document's."""
    committees = {(o.start, o.end): o for o in named if o.rule == "org.bare_committee"}
    for sent in ctx.sentences:
        if "领导小组" not in sent.text:
            continue
        text = sent.text
        taken: list[tuple[int, int]] = []
        for m in _GROUP.finditer(text):
            cut = list(_GROUP_CUT.finditer(m["body"]))
            if cut:  # 某县成立某县…领导小组: the name starts after the verb, at the unit again
                at = m.start("body") + cut[-1].end()
                m = _GROUP.search(text, at)
                if m is None or m.start() > at + 6:
                    m = _GROUP_AFTER.match(text, at)  # 担任基层治理工作领导小组组长: named without a unit
                    if m is None:
                        continue
            taken.append(m.span())
            start, end = sent.start + m.start(), sent.start + m.end()
            unit = m.groupdict().get("unit") or ""
            if not unit:
                yield from _whole_name(ctx, sent, start, end, text[m.start():m.end()], "org.leading_group", 0.7, None,
                                       found, key=f"org/unresolved/{ctx.doc.id}/{m.group(0)}")
                continue
            committee = committees.get((start, start + len(unit) + 1)) if text[m.end("unit"):m.end("unit") + 1] == "委" \
                else committees.get((start, start + len(unit)))
            if committee is not None and not any(a < end and committee.end < b for a, b in found):
                # 县委巡视整改工作领导小组: the committee named by the unit word sets the group up
                yield _of_committee(ctx, sent, committee, start, end, "org.leading_group", found)
                continue
            place = next((p for p in places if p.start < start and p.end == start + len(unit)), None)
            if place is not None:
                start = place.start
            yield from _whole_name(ctx, sent, start, end, ctx.doc.text[start:end], "org.leading_group", 0.7, place,
                                   found)
        for v in _SETS_UP.finditer(text):
            m = _GROUP_AFTER.match(text, v.end())
            if m is None or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            # 成立巡察整改工作领导小组，由镇党委书记…任组长: set up, named by its task alone
            yield from _whole_name(ctx, sent, sent.start + m.start(), sent.start + m.end(), m.group(0),
                                   "org.leading_group", 0.7, None, found,
                                   key=f"org/unresolved/{ctx.doc.id}/{m.group(0)}")


#: the verbs that set a group up, before a name with no unit word (成立巡察整改工作领导小组), and who
#: leads it when the name comes after that (成立了由冉启明任组长、…任副组长的巡察整改工作领导小组)
_SETS_UP = re.compile(r"(?:成立|组建|设立|调整充实|调整)了?(?:由[^。；;]{2,50}?(?:任|担任)副?组长[^。；;]{0,40}?的)?")

#: a committee's numbered inspection or supervision team (市委第三巡察组, 中央第六巡视组, 省委第二督导组)
_TEAM = re.compile(r"(?P<unit>中央|省委|市委|州委|盟委|县委|区委|旗委)"
                   r"(?P<body>第[一二三四五六七八九十\d]{1,3}(?:巡视|巡察|督导|督查|指导|检查|考核)组)")


def _of_committee(ctx: DocContext, sent: Sentence, committee: Mention, start: int, end: int, rule: str,
                  found: list[tuple[int, int]]) -> Mention:
    """The body a bare committee's word opens (县委|巡视整改工作领导小组, 市委|第三巡察组), keyed under
    that committee (read in context: the document's county or city) and named as written too."""
    body = ctx.doc.text[committee.end:end]
    found.append((committee.end, end))
    return make_mention(ctx.doc, start=committee.end, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION,
                        key=f"{committee.key}/{body}", label=committee.label + body, subtype="other", rule=rule,
                        confidence=0.7, aliases=(ctx.doc.text[start:end],))


def _inspection_teams(ctx: DocContext, named: list[Mention], found: list[tuple[int, int]]) -> Iterator[Mention]:
    """A committee's numbered team (市委第三巡察组, 霍邱县委第三巡察组), keyed under the committee its unit
    word names when that was read (市委 of the document's city, 霍邱县委), as a leading group is; else
    by its name."""
    # (by where the committee's name ends: 市委 read bare, or 霍邱县委 read with its county)
    committees = {o.end: o for o in named if o.rule in ("org.bare_committee", "org.place_head")
                  and o.label.endswith("委")}
    for sent in ctx.sentences:
        if "组" not in sent.text:
            continue
        for m in _TEAM.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            committee = committees.get(sent.start + m.end("unit"))
            if committee is not None and committee.start <= start:
                if not any(a < end and committee.end < b for a, b in found):
                    yield _of_committee(ctx, sent, committee, start, end, "org.team", found)
            elif not any(a < end and start < b for a, b in found):
                found.append((start, end))
                yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION,
                                   key=f"org/{m.group(0)}", label=m.group(0), subtype="other", rule="org.team",
                                   confidence=0.6)


#: a source line's outlet (来源：新疆日报, 文章来源：固原新闻网) and a newspaper in a reference
#: entry (GB/T 7714's [N]: …[N].人民日报,2023-02-14(1).): the outlets a text names as where it
#: or its sources were published
_SOURCE = re.compile(r"(?:^|(?<=[\s　|｜]))(?:来源|文章来源|稿件来源|信息来源|转载自|转自)\s*[：:]\s*"
                     r"《?(?P<name>[\u4e00-\u9fff]{2,12})(?:》|(?=$|[\s　|｜，,）)]))")
_NEWSPAPER = re.compile(r"\[N\]\s*[.．。]\s*(?P<name>[\u4e00-\u9fff]{2,12})\s*[,，]")
#: how an outlet's name ends (a source line may also name a unit, or say 网络, 原创)
_OUTLET = re.compile(r"(?:日报|晚报|早报|时报|报|新闻网|网|新华社|通讯社|社|电视台|广播电视台|融媒体中心|杂志|"
                     r"客户端|组工|发布|新闻|之声)$")
_NOT_OUTLET = frozenset({"网络", "本网", "本报", "本社", "互联网", "原创", "本站"})
#: a newspaper's, a station's or a news site's name (齐鲁晚报·齐鲁壹点, 大众网·海报新闻, 经济导报)
_OUTLET_NAME = (r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|导报|商报|新报|都市报|报社|电视台|广播电台|融媒体中心|新闻网|网|"
                r"网[\u4e00-\u9fff]{2,6}?频道)"
                r"(?:[·•][\u4e00-\u9fff]{2,8}?)?")
#: the outlet a reporter is of (大众日报记者 韩晓雪:), and the outlets listed as there (大众日报、农民日报、
#: 临沂日报等媒体记者参加发布会)
_REPORTER_OF = re.compile(rf"(?:^|(?<=[\s、，,：:（(]))(?P<name>{_OUTLET_NAME})(?=记者|通讯员|[、，,]|等(?:新闻)?媒体)")


def _media(ctx: DocContext, places: list[Mention], found: list[tuple[int, int]]) -> Iterator[Mention | RelationMention]:
    """The outlets named as a source (来源：河南组工网) or as a reference's newspaper, located in
    the place their name opens with (河南组工网 -> 河南省) when the place extractor read one."""
    for sent in ctx.sentences:
        text = sent.text
        if "记者" in text or "媒体" in text:
            listed = "等媒体" in text or "等新闻媒体" in text
            for m in _REPORTER_OF.finditer(text):
                if m["name"] not in _NOT_OUTLET and (text.startswith(("记者", "通讯员"), m.end()) or listed):
                    start, end = sent.start + m.start("name"), sent.start + m.end("name")
                    place = next((p for p in places if p.start == start and p.end < end), None)
                    yield from _whole_name(ctx, sent, start, end, m["name"], "org.media", 0.8, place, found)
        if "来源" not in text and "转" not in text and "[N]" not in text:
            continue
        for m in (*_SOURCE.finditer(text), *_NEWSPAPER.finditer(text)):
            name = m["name"]
            if name in _NOT_OUTLET or (m.re is _SOURCE and not _OUTLET.search(name)):
                continue
            start, end = sent.start + m.start("name"), sent.start + m.end("name")
            place = next((p for p in places if p.start == start and p.end < end), None)
            yield from _whole_name(ctx, sent, start, end, name, "org.media", 0.8, place, found)


def _whole_name(ctx: DocContext, sent: Sentence, start: int, end: int, label: str, rule: str, confidence: float,
                place: Mention | None, found: list[tuple[int, int]], *, key: str = "") -> Iterator[Mention | RelationMention]:
    """An organisation read by a pass of its own (a leading group, an outlet), keyed by its name
    (or ``key``) and located in ``place``; none where a name found before overlaps it."""
    if any(a < end and start < b for a, b in found):
        return
    found.append((start, end))
    key = key or f"org/{label}"
    yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION, key=key,
                       label=label, subtype="other", rule=rule, confidence=confidence,
                       attrs=(("located_in", place.key),) if place else ())
    if place is not None:
        yield RelationMention(subject_kind=Kind.ORGANIZATION, subject_key=key, predicate=Predicate.LOCATED_IN,
                              object_kind=Kind.PLACE, object_key=place.key,
                              prov=Provenance(doc_id=ctx.doc.id, sent_index=sent.index, start=start, end=end,
                                              rule=rule, confidence=confidence))


#: verbs that govern a body named after them (成立物业行业党委, 依托区物业管理协会): not part of it
#: (besides _LEADING_VERBS and _JOINT_VERBS)
_GOVERNING = frozenset({"设立", "指导", "带领", "依靠", "发挥", "协调", "整合", "督促", "成立了", "组建了", "指导下"})
#: words that qualify a kind of body without naming its trade (相关行业协会)
#: (besides _QUANTIFIERS: 各类, 各级 …)
_GENERIC_TRADE = frozenset({"相关", "有关", "主要", "重点", "全国性", "地方"})
#: the heads of an industry's or a district's sector bodies (物业行业党委, 区物业管理协会, 商圈党委)
_INDUSTRY_HEAD = re.compile(r"行业党委|行业党总支|行业党支部|行业党小组|行业协会|管理协会|(?<!行业)(?<!管理)协会|"
                            r"志愿服务队|商圈党委|"
                            r"联合党委|联合党总支|联合党支部")  # (黄花乡冷凉蔬菜产业联合党支部, 楼宇联合党委)


#: a post or taking one, before a body's head (由强村党组织书记兼任联合党委书记): the name starts after it
_POST_WORDS = frozenset({"书记", "副书记", "主任", "兼任", "担任", "兼"})


def _industry_bodies(ctx: DocContext, found: list[tuple[int, int]]) -> Iterator[Mention]:
    """An industry's Party committee or association, named by its trade (区快递物流行业党委,
    物业行业党委, 区物业管理协会, 李村商圈党委, 民宿行业党小组, 冷凉蔬菜产业联合党支部): the words
    right before the head back to the first verb or function word (依托区物业管理协会成立物业行业
    党委 -> 区物业管理协会, 物业行业党委)."""
    place_starts = {p.start for p in ctx.of_kind(Kind.PLACE)}
    for sent in ctx.sentences:
        text = sent.text
        for m in _INDUSTRY_HEAD.finditer(text):
            window = max(0, m.start() - 12)
            words: list[tuple[str, str]] = []
            for word, flag in reversed(pos_lcut(text[window:m.start()])):
                if (flag[:1] in ("p", "c", "u", "d", "r", "m", "q", "x", "t") or word in _LEADING_VERBS
                        or word in _JOINT_VERBS or word in _GOVERNING or word.startswith(_QUANTIFIERS)
                        or word in _GENERIC_TRADE or (flag[:1] == "v" and len(word) == 1) or word in _POST_WORDS
                        or not all("\u4e00" <= c <= "\u9fff" for c in word)):
                    break
                words.insert(0, (word, flag))
            if window > 0 and words and m.start() - sum(len(w) for w, _ in words) == window:
                words.pop(0)  # the window's edge may cut a word: the name runs no further than that
            while words and words[0][1][:1] in ("v", "a"):
                words.pop(0)  # 加快行业协会, 充分发挥…: a verb opens no trade (快递物流: a verb inside one may)
            s = m.start() - sum(len(w) for w, _ in words)
            head = m.group(0)
            if head == "志愿服务队" and text[:s].endswith("”") and 0 <= (q := text.rfind("“", max(0, s - 10), s)):
                s = q  # “红马甲”党员志愿服务队: the team's name in quotes is part of it
            if m.start() - s < 2:
                continue
            led = sent.start + s in place_starts
            if head in ("协会", "志愿服务队") and not (led or (head == "志愿服务队" and text[s] == "“")):
                continue  # 电商协会, 党员志愿服务队 alone: a kind; 丁楼村电商协会, “红马甲”…服务队: one
            if head.endswith("协会") and head != "协会" and text[s] not in "区县市":
                continue  # 行业协会 in policy text is mostly the kind (加快行业协会改革); 区物业管理协会 is one
            start, end = sent.start + s, sent.start + m.end()
            if any(a < end and start < b for a, b in found):
                continue
            found.append((start, end))
            label = text[s:m.end()].replace("“", "").replace("”", "")
            yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION,
                               key=f"org/{label}", label=label,
                               subtype="other" if label.endswith(("协会", "服务队")) else "party_committee",
                               rule="org.industry_body", confidence=0.6)


def _may_name(text: str) -> bool:
    """Whether a sentence without places can hold an organisation for ``_in_sentence``: a
    bare 市委, 县农业农村局, 省财政厅 or 县法院 (委, 局, 厅, 政府, 院, 人大, 政协, 中心), a named one (a _NAMED_HINT word), a
    group (…工作队, …理事会: a _GROUP_HEAD word) or a central body (one regex search:
    ~0.05 s over a 5.8 MB corpus)."""
    return ("委" in text or "局" in text or "厅" in text or "政府" in text or "院" in text or "人大" in text
            or "政协" in text or "中心" in text or _NAMED_HINT.search(text) is not None
            or _CENTRAL_RE.search(text) is not None or _GROUP_HEAD.search(text) is not None)


#: 该村党支部, 该镇党委: the organisation of the place just named (该 = "the said")
_ANAPHOR = re.compile(r"该(?P<unit>村|镇|乡|县|区|市|州|街道|社区)(?P<head>党支部|党总支|党委|党组织|基层党组织|党工委|委员会)")
_UNIT_LEVEL = {"村": ("village",), "社区": ("village",), "镇": ("township",), "乡": ("township",),
               "街道": ("township",), "县": ("county",), "区": ("county",), "市": ("prefecture", "county"),
               "州": ("prefecture",)}
_ANAPHOR_REACH = 3  # sentences back, within the paragraph
#: a post after a bare unit's body, a person's (村党支部书记彭光荣说)
_HEAD_POST = re.compile(r"(?:副|第一)?(?:书记|主任|委员)")
#: paragraphs back to the unit a bare body with a person's post is of, when none is named nearer
#: (held-out affiliatedWith .689 with none; .699, .701, .702 with 2, 3, 5)
_RECENT_REACH = 3
#: a bare village's or township's body: 村党支部书记龙正江说, 镇党委研究决定; not 村党组织 (the
#: genre's word for village Party organisations in general) nor one told what it should do
#: (村党支部要…: a general rule, not a report of one)
_BARE_HEADS = ("党支部", "党总支", "党委", "党工委", "纪工委", "纪委", "综治中心", "司法所", "调委会", "调解委员会",
               "便民服务中心", "党群服务中心", "股份经济合作社", "党建办", "妇联",
               *(name for name, _ in _TOWNSHIP_OFFICES), "新时代文明实践所", "卫生院",
               # (a township's own offices named bare in its papers: 乡派出所, 镇民政办)
               "人大", "派出所", "民政办", "社会事务办", "文化站", "农技站", "经管站")
#: (longest first: 乡党委组织办 is the office, not 乡党委)
_BARE_LOWER = re.compile(r"(?P<unit>村|社区|镇|乡|街道)(?P<head>"
                         + "|".join(sorted(dict.fromkeys(_BARE_HEADS), key=len, reverse=True)) + ")"
                         r"(?!要|应|必须|需要|需|可以|能够|都要|也要|还要)")
#: a township's office written bare by its full name (由镇农业农村办公室牵头, 镇党建工作办公室, 乡社会事务办公室): the
#: township's, as 镇农业农村办 is; its name of no function word (not 镇里的办公室)
_BARE_OFFICE = re.compile(r"(?P<unit>镇|乡|街道)(?P<head>[^\W\d的里个和在了是有把将从与及等内外上下各该本][^\W\d的里个和在了是有把将从与及等]{1,6}?办公室)")
#: a village's or township's own committee or government written bare (村委会组织村民…, 镇政府给予支持):
#: the unit's word, and the head its written-out name has (白龙村村委会, 月晴镇人民政府)
_BODY_WORDS = r"(?P<word>村委会|村民委员会|村务监督委员会|居委会|镇政府|镇人民政府|乡政府|乡人民政府)"
_BARE_BODY = re.compile(_BODY_WORDS +
                        r"(?=组织|开展|召开|负责|牵头|协助|协调|研究|审议|审核|公示|全程|给予|出资|筹资|投入|争取|"
                        r"聘请|统一|主任[\u4e00-\u9fff]{2,3}[，,。、]|主任[ \u3000]*[" + SURNAME_CHARS + "])")
#: (only as one body that acts, 村委会组织村民…, or by its head's post and name: the genre also
#: speaks of 村委会 in general, 村委会沦为执行机构, 村党组织书记、村委会主任“一肩挑”)
_BARE_BODY_HEAD = {"村委会": ("村", "村委会"), "村民委员会": ("村", "村民委员会"), "村务监督委员会": ("村", "村务监督委员会"),
                   "村监委会": ("村", "村务监督委员会"),
                   "居委会": ("社区", "居委会"), "镇政府": ("镇", "人民政府"), "镇人民政府": ("镇", "人民政府"),
                   "乡政府": ("乡", "人民政府"), "乡人民政府": ("乡", "人民政府")}
#: a village's oversight committee written bare, wherever it stands (村务监督委员会全程监督, 由村务监督
#:委员会主任孙德胜牵头): the genre names it when it reports one village's, seldom in general (held-out
#: Organization .838 -> .841, affiliatedWith .703 -> .709; reading 村委会 and 村民委员会 so too cost
#: precision: Organization .909 -> .901, practices .469 -> .467)
_BARE_ANYWHERE = re.compile(r"(?P<word>村务监督委员会|村监委会)(?!要|应|必须|需要|需|可以|能够|都要|也要|还要)")
#: a village's or township's committee or government written bare right after its first body in a
#: list (沙溪镇党委、镇人民政府; 王坪村党支部、村民委员会)
_LISTED_BODY = re.compile(r"(?<=[、和及与])" + _BODY_WORDS)
#: what may stand right before a bare body (a word of its own), unlike the end of a name
_BEFORE_BARE = set("的和与及在由经是为对把将从向让给被了用据听跟请找问")


def _anaphoric(ctx: DocContext, places: list[Mention],
               found: list[tuple[int, int]]) -> Iterator[Mention | RelationMention]:
    """该村党支部 refers to the village named in the sentences just before (same paragraph); so
    does a bare 村党支部 (村党支部书记龙正江说), or else the village the document names
    throughout (a report on one village: :func:`graph.extract._title.dominant_places`).

    The mention gets the same key as the written-out name (新黎村党组织), so the two are
    one node; nothing is emitted when no place of that level was named close by.
    """
    from graph.extract._title import dominant_places

    text = ctx.doc.text
    dominant: dict[str, Mention] | None = None
    ends = {b: a for a, b in found}
    matches = sorted([*_BARE_OFFICE.finditer(text), *_ANAPHOR.finditer(text), *_BARE_LOWER.finditer(text),
                      *_BARE_BODY.finditer(text),
                      *_BARE_ANYWHERE.finditer(text),
                      *(m for m in _LISTED_BODY.finditer(text) if m.start() - 1 in ends)],
                     key=lambda m: m.start())
    for m in matches:
        start, end = m.start(), m.end()
        bare = m.re is not _ANAPHOR
        unit, head = (_BARE_BODY_HEAD[m.group("word")] if m.re in (_BARE_BODY, _BARE_ANYWHERE, _LISTED_BODY)
                      else (m.group("unit"), m.group("head")))
        if m.re is _LISTED_BODY:
            # 沙溪镇党委、镇人民政府, 王坪村党支部、村民委员会: the unit's other body, listed after its first;
            # of the place that first one is named with
            a = ends[start - 1]
            of_first = [p for p in places if a <= p.start < start - 1 and p.subtype in _UNIT_LEVEL[unit]]
            if of_first and not any(x < end and start < y for x, y in found):
                yield from _bare_body(ctx, found, ctx.sentence_at(start), start, end, of_first[-1], head, m.group(0))
            continue
        if bare and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _BEFORE_BARE \
                and not text.endswith(_LEADING_VERBS + _JOINT_VERBS, 0, start):
            continue  # 控拜村党支部 (a name, read with its place), 农村党支部, 各村党支部; not 依托镇综治中心
        try:
            sent = ctx.sentence_at(start)
        except ValueError:
            continue
        if any(a < end and start < b for a, b in found):
            continue
        levels = _UNIT_LEVEL[unit]
        near = [p for p in places if p.end <= start and p.subtype in levels
                and 0 <= sent.index - p.sent_index <= _ANAPHOR_REACH
                and ctx.sentences[p.sent_index].paragraph == sent.paragraph]
        if not near and bare:
            # (a section headed by the unit's body or place: 二、吉林市舒兰市天德乡三梁村党支部, then 村党支部
            # throughout its paragraphs, in a compilation of profiles)
            heading = _section_heading(ctx, sent.paragraph)
            if heading is not None:
                near = [p for p in places if p.subtype in levels and heading.start <= p.start < heading.end]
        if not near and bare and _HEAD_POST.match(text, end):
            # (the unit the text has just been telling of, a paragraph or two above: 神山村…。
            # “…”村党支部书记彭光荣说)
            first = sent.paragraph - _RECENT_REACH
            near = [p for p in places if p.end <= start and p.subtype in levels
                    and ctx.sentences[p.sent_index].paragraph >= first]
        if not near and bare:
            if dominant is None:
                dominant = dominant_places(ctx)
            near = [dominant[lv] for lv in levels if lv in dominant][:1]
        if not near:
            continue
        place = near[-1]
        yield from _bare_body(ctx, found, sent, start, end, place, head, m.group(0))
        # 由镇纪委、派出所、综治中心、司法所: the township's bodies listed bare after the first are its too
        while m.re is _BARE_LOWER and unit in ("镇", "乡", "街道") and text.startswith("、", end):
            nxt = _LISTED_HEAD.match(text, end + 1)
            if nxt is None or any(a < nxt.end() and nxt.start() < b for a, b in found):
                break
            end = nxt.end()
            yield from _bare_body(ctx, found, sent, nxt.start(), end, place, nxt.group(0), nxt.group(0))


#: a township's body after another in a list, its unit's word not written again (not 人大: 乡党委、人大、
#: 政府 speaks of the township's leadership, not of its congress's presidium as a body)
_LISTED_HEAD = re.compile("(?:" + "|".join(sorted(
    (h for h in dict.fromkeys(_BARE_HEADS) if h not in _BRANCHES and h != "人大"), key=len, reverse=True))
    + r")(?=[、，,和及与对等])")


def _bare_body(ctx: DocContext, found: list[tuple[int, int]], sent: Sentence, start: int, end: int, place: Mention,
               head: str, written: str) -> Iterator[Mention | RelationMention]:
    """The body ``head`` of ``place``, written bare at ``start:end`` (村党支部, 镇纪委), located in it."""
    found.append((start, end))
    yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION,
                       key=_key(place, head), label=_label(place, head), subtype=_HEAD_SUBTYPE.get(head, "government"),
                       rule="org.anaphor", confidence=0.7, aliases=(written,))
    yield RelationMention(subject_kind=Kind.ORGANIZATION, subject_key=_key(place, head),
                          predicate=Predicate.LOCATED_IN, object_kind=Kind.PLACE, object_key=place.key,
                          prov=Provenance(doc_id=ctx.doc.id, sent_index=sent.index, start=start, end=end,
                                          rule="org.anaphor", confidence=0.7, stated=False))


def _section_heading(ctx: DocContext, para: int) -> Sentence | None:
    """The heading of the section a paragraph is in: the nearest one-line paragraph above it that
    opens with a section's number (二、…, （三）…, 4. …), short as headings are."""
    for j in range(para - 1, -1, -1):
        line = ctx.paragraphs.get(j)
        if line and len(line) == 1 and len(line[0].text) <= _HEADING_MAX and _SECTION_NUMBER.match(line[0].text):
            return line[0]
    return None


#: a section's number opening its heading (一、, （一）, 1.)
_SECTION_NUMBER = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))")
_HEADING_MAX = 40


#: a Party (or League, or students') organisation of an institution: 学前教育学院党总支,
#: 硕士研究生第三党支部, 金融学院本科第二党支部, 体育学院分党校, 机电学院团委 — the unit's name,
#: an optional ordinal, the head
_BRANCH = re.compile(
    r"(?P<name>[\u4e00-\u9fff0-9]{2,16}?(?:第[一二三四五六七八九十0-9]+)?)(?P<head>党总支|党支部|党委|党工委|分党校|团总支|团支部|团委|学生会|研究生会|宣讲团)"
    r"(?!委员|成员|班子)"  # (公司党支部书记周敏: the branch is named, its secretary follows)
)
# every _BRANCH match holds one of these: a sentence without any is skipped
_BRANCH_HINT = re.compile(r"党总支|党支部|党委|党工委|分党校|团总支|团支部|团委|学生会|研究生会|宣讲团")
_INSTITUTION = re.compile(r"学院|大学|学校|中学|小学|医院|公司|集团|研究生|本科|研究院|研究所|机关|街道|社区|银行|中心|协会|"
                          r"居民区|小区")
#: units whose word ends the name before the branch's head: a project's or a division's branch (北川公路改建
#: 项目党支部, 社会事务处党支部), a trade's workers' (网约车司机党支部; a trade's own, 快递物流行业党委, is read by
#: _industry_bodies), a combined committee of a kind of bodies (社会组织综合党委), a health alliance's, a park's
_UNIT_LAST = re.compile(r"(?:项目|处|科室|司机|骑手|快递员|外卖|综合|医共体|联合会|商会|园区|开发区|楼宇|商圈|车间|"
                        r"分公司|幼儿园|"
                        # (离退休干部第一党支部, 激光光谱课题组党支部, 智能客服产品线党支部, 查验一科党支部,
                        # 四川锦岷律师事务所党支部)
                        r"离退休干部|课题组|产品线|[一二三四五六七八九十]科|事务所)$")
#: what opens a count or a description of residential estates, not an estate's name (21个老旧小区,
#: 全区小区, 每个小区, 五星小区: a rating)
_SOME_ESTATES = re.compile(r"[\d一二三四五六七八九十百千两几多]+[个星]?|全|部分|一些|每|各|所有|老旧|新建|其他|其余|该|本|"
                           r"商品房|安置|无物业|物业")
#: how a government department's name ends (…局, …委, …委员会, …厅, …办)
_DEPARTMENT_END = re.compile(r"(?:局|委|委员会|厅|办|部)$")
#: a department's name inside an institution branch's unit (人力资源和社会保障局, 住房和城乡建设局)
_DEPARTMENT_IN = re.compile("|".join(sorted((d for d in _DEPARTMENTS if len(d) > 3), key=len, reverse=True)))
#: verbs inside an institution's name, naming what it does (公路改建项目, 新就业群体, 社会组织, 养老服务处):
#: no cut after them, unless they open the name
_NAME_VERBS = frozenset({"改建", "新建", "扩建", "重建", "就业", "组织", "服务", "建设", "管理", "经营", "养护",
                         "执法", "研究", "改造", "维修", "运输", "销售", "加工", "生产", "种植", "养殖", "救助", "监督",
                         "外卖", "快递"})


def _counted(pairs: tuple[tuple[str, str], ...], i: int) -> bool:
    """Whether word ``i`` of a cut counts the bodies (6|个|学院党委: a number, or the measure word after
    one), not an ordinal (第三|党支部, 锦程第一工程有限公司)."""
    word, flag = pairs[i]
    if word.startswith("第") or i and pairs[i - 1][0].endswith("第"):
        return False
    number = word.isdigit() or flag == "m" and all(c in "一二两三四五六七八九十百千几多数" for c in word)
    return number or flag == "q" and i > 0 and _counted(pairs, i - 1)


#: a body's head inside what stands before a branch's head (镇党委|指导…处党支部): another body, cut off
_INNER_HEADS = ("党委", "党工委", "党支部", "党总支", "政府", "委员会")
#: verbs of a body over another that jieba tags as nouns (指导, 领导): cut off with what comes before
_GOVERNING = frozenset({"指导", "领导", "督促", "联系", "帮扶", "协助", "联合", "带动"})
_CUT_WORDS = frozenset({"的", "和", "与", "及", "、", "该", "其", "这", "那", "我们", "我", "各", "每",
                        # (其中|洛城街道…党总支, 全区首个|外卖骑手党支部, 局机关现有|党支部, 代表|街道党工委)
                        "其中", "首个", "现有", "代表", "以",
                        # (辖区|律师事务所党支部, 全市|商会: a scope, no name)
                        "辖区", "所属", "全市", "全县", "全区", "全省", "每个", "个别", "部分", "所有",
                        # (将|原社区党支部升格为…, 把|…: what is done to a body, which jieba tags d)
                        "将", "把", "被", "由"})
_BRANCH_SUBTYPE = {"党总支": "party_branch", "党支部": "party_branch", "党委": "party_committee",
                   "党工委": "party_committee", "分党校": "school", "团总支": "other", "团支部": "other",
                   "团委": "other", "学生会": "other", "研究生会": "other", "宣讲团": "other"}


def _institution_branches(ctx: DocContext, found: list[tuple[int, int]]) -> Iterator[Mention]:
    """Party organisations named after an institution, not a place (universities, companies).

    The unit part must name an institution (学院, 研究生, 公司 …), and everything from the
    last verb, adverb, preposition or time word before it is cut off (开展…, 在…): 加强基层党支部
    names no organisation.
    """
    for sent in ctx.sentences:
        if not _BRANCH_HINT.search(sent.text):
            continue
        for m in _BRANCH.finditer(sent.text):
            name = m.group("name")
            pairs = _pos_cut(name)
            cut = 0
            # (市人力资源和社会保障局|机关第三党支部: no cut inside a department's own name)
            depts = [d.span() for d in _DEPARTMENT_IN.finditer(name)]
            at = 0  # where word i starts in the name
            for i, (word, flag) in enumerate(pairs):
                at, word_start = at + len(word), at
                if any(a <= word_start < b for a, b in depts):
                    continue
                if i and word in _NAME_VERBS or len(word) == 1 and flag in ("vg", "d") and i + 1 < len(pairs) \
                        and len(pairs[i + 1][0]) == 1 and word not in _CUT_WORDS:
                    continue  # 北川公路改建项目, 新就业群体, 社会组织: a verb that names what the unit does;
                    # (猎|德, 网|约|车: jieba's single characters of a name it does not know)
                if ((flag[:1] in ("v", "d", "p", "t", "c", "u") and flag != "vn") or word in _CUT_WORDS
                        or word in _GOVERNING or word.endswith(_INNER_HEADS) or _counted(pairs, i)
                        or word.endswith("单位") and i < len(pairs) - 1):  # 共建单位|某公司党委: what it is to them
                    cut = at
            unit = name[cut:]
            last = _UNIT_LAST.search(re.sub(r"第[一二三四五六七八九十0-9]+$", "", unit))
            if last is not None and len(unit) - len(last.group(0)) >= 2 and not _INSTITUTION.search(unit):
                pass  # (北川公路改建项目党支部: the unit's word is the last before the head)
            elif not _INSTITUTION.search(unit) or len(_INSTITUTION.sub("", unit)) < 2 or unit in _GENERIC_NAMED:
                continue  # 学院党委 alone, 公司党委, (森语木玩)有限公司党支部: which one is not said
            if unit.endswith(("小区", "居民区")) and _SOME_ESTATES.match(unit):
                continue  # 3个小区党支部, 部分小区党支部, 老旧小区党支部: estates counted or described, not named
            start = sent.start + m.start("name") + cut
            end = sent.start + m.end("head")
            inner = max((b for a, b in found if a < start < b < end - len(m.group("head")) - 1), default=None)
            if inner is not None and (_UNIT_LAST.search(ctx.doc.text, inner, end - len(m.group("head")))
                                      or ctx.doc.text.endswith("林场", inner, end - len(m.group("head")))):
                start = inner  # 锦程隧道工程有限公司|北川公路改建项目党支部, 金河森工公司|金林林场党支部: a unit's
                # project or farm, named after the unit
            label = ctx.doc.text[start:end - len(m.group("head"))] + m.group("head") if inner is not None and \
                start == inner else unit + m.group("head")
            organ = next(((a, b) for a, b in found if a <= start < b < end - len(m.group("head"))
                          and ctx.doc.text.startswith("机关", b) and _DEPARTMENT_END.search(ctx.doc.text, a, b)), None)
            if organ is not None:
                # 市人力资源和社会保障局|机关第三党支部: the department keeps its own mention; the branch's span
                # starts after it, its name is the whole
                start = organ[1]
            if any(a < end and start < b and not (start <= a and b <= end) for a, b in found):
                continue  # a longer name already found; one it contains (学前教育学院) gives way
            found.append((start, end))
            yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION,
                               key=f"org/{label}", label=label, subtype=_BRANCH_SUBTYPE[m.group("head")],
                               rule="org.institution_branch", confidence=0.75)


#: a character of the words between a place and a body's head that name the body (no particle, no
#: punctuation, no preposition)
_NAMING = r"[^\W\d的和与及、，,。；;：:（）()在对把将从向给为是了等各]"
#: after 驻 and a host place, the rest of a stationed body's name: its members, then its head (see
#: _in_sentence, step 0)
_STATIONED = re.compile(rf"(?P<what>{_NAMING}{{0,8}}?)"
                        r"(?P<head>党总支|党支部|联合党委|党委|办事处|联络处|联络站|服务站|工作站|商会)"
                        r"(?!书记|委员|成员|主任|班子)")


#: after a town, what joins its villages, then a joint committee's head (see _in_sentence)
_JOINT_COMMITTEE = re.compile(rf"(?P<what>(?:(?!以){_NAMING}){{0,8}}?)"
                              r"(?P<head>联村党委|联村党总支|片区联合党委|片区党委|联合党委|联合党总支)(?!书记|委员|成员|班子)")


def _in_sentence(ctx: DocContext, sent: Sentence, places: list[Mention], all_places: list[Mention],
                 seen: set[tuple[int, int]]) -> Iterator[Mention | RelationMention]:
    text = sent.text
    taken: list[tuple[int, int]] = []

    def emit(start: int, end: int, key: str, label: str, subtype: str, rule: str, place: Mention | None,
             aliases: tuple[str, ...] = (), confidence: float = 0.85,
             stated: bool = True, skip: int = -1) -> Iterator[Mention | RelationMention]:
        """``skip``: the offset of a character of the span that is no part of the name (原)."""
        if (start, end) in seen or any(a < end and start < b for a, b in taken if (a, b) != (start, end)):
            return
        seen.add((start, end))
        taken.append((start, end))
        surface = ctx.doc.text[start:end]
        if start <= skip < end:
            surface = ctx.doc.text[start:skip] + ctx.doc.text[skip + 1:end]
        yield make_mention(ctx.doc, start=start, end=end, sent_index=sent.index, kind=Kind.ORGANIZATION, key=key,
                           label=label, subtype=subtype, rule=rule, confidence=confidence,
                           aliases=tuple(sorted({surface, *aliases} - {label})),
                           attrs=(("located_in", place.key),) if place else ())
        if place is not None:
            yield RelationMention(subject_kind=Kind.ORGANIZATION, subject_key=key, predicate=Predicate.LOCATED_IN,
                                  object_kind=Kind.PLACE, object_key=place.key,
                                  prov=Provenance(doc_id=ctx.doc.id, sent_index=sent.index, start=start, end=end,
                                                  rule=rule, confidence=confidence, stated=stated))

    # 0. a unit's body set up where its members work: the home place, 驻, the host place, what its
    # members are, the head (仪陇县驻长安镇流动党员党支部, 南部县驻宁波流动党员党支部); of the host place
    starting: dict[int, Mention] = {}
    for p in places:
        starting.setdefault(p.start - sent.start, p)
    for home in places:
        at = home.end - sent.start
        host = starting.get(at + 1) if text.startswith("驻", at) else None
        if host is None or (m := _STATIONED.match(text, host.end - sent.start)) is None:
            continue
        end = sent.start + m.end()
        label = ctx.doc.text[home.start:end]
        yield from emit(home.start, end, f"org/{label}", label, _HEAD_SUBTYPE.get(m["head"], "other"), "org.stationed",
                        host)

    # (湾井镇脐橙产业联村党委, 东案乡白马片区联合党委: a town's committee joining its villages, named by what joins
    # them: no verb among those words, no village of theirs (南丰镇|永联村党委))
    for pm in places:
        if pm.subtype == "township" and (m := _JOINT_COMMITTEE.match(text, pm.end - sent.start)) is not None \
                and len(m["what"]) >= 2 and _no_verb(m["what"]) \
                and not any(p.start - sent.start < m.end("what") and p.end - sent.start > pm.end - sent.start for p in places):
            end = sent.start + m.end()
            label = ctx.doc.text[pm.start:end]
            yield from emit(pm.start, end, f"org/{label}", label, "party_committee", "org.joint_committee", pm)

    # 1. place + head (湘西州委组织部), with 中共 before the place chain (中共上海市金山区委党校)
    for i, pm in enumerate(places):
        rel = pm.end - sent.start
        head = _head_at(text, rel, pm)
        former = 0
        written = None  # (the name as written, when it is not the standard one: 黟县县委组织部)
        if head is None and _FORMER_POST.match(text, rel):
            # 明月村原党支部书记陈德明: the branch of the village, whose former secretary is named
            head, former = _head_at(text, rel + 1, pm), 1
        elif head is None and pm.text[-1] in "县市区旗州" and text.startswith(pm.text[-1] + "委", rel):
            # 黟县县委组织部: the unit's word written again before its committee's; one body, 黟县委组织部
            head, former = _head_at(text, rel + 1, pm), 1
            if head is not None and not head[0].startswith("委"):
                head = None
            written = ctx.doc.text[pm.start:pm.end + 1 + len(head[0])] if head is not None else None
        if head is None:
            continue
        h, subtype = head
        if (h in _VILLAGE_BODIES or h in _BRANCHES) and pm.subtype in ("province", "prefecture", "county"):
            continue  # 《浙江省村民委员会选举办法》, 烟台市党支部领办合作社示范村: a province, a city or a
            # county has no village committee or Party branch of its own
        start = pm.start
        j = i
        while j > 0 and places[j - 1].end == places[j].start:  # the written chain above it
            j -= 1
        start = places[j].start
        if text[max(0, start - sent.start - 2):start - sent.start] == "中共":
            start -= 2
        elif text[max(0, start - sent.start - 3):start - sent.start] == "共青团" and h in _YOUTH_HEADS:
            # 共青团光泽县委, 共青团浆源村支部: the Youth League's committee or branch of the place, not the
            # place's Party committee (the Youth League itself is not named apart)
            youth = _YOUTH_HEADS[h] if h not in ("委", "委员会") or pm.text[-1] not in _LEVEL_OF else f"团{pm.text[-1]}委"
            yield from emit(start - 3, pm.end + len(h), _key(pm, youth), ctx.doc.text[start - 3:pm.end + len(h)],
                            "other", "org.place_head", pm, aliases=(_label(pm, youth),))
            continue
        if subtype == "party_branch" and pm.subtype not in ("village", None) and h in ("支部", "党支部"):
            subtype = "party_branch"
        elif subtype == "party_branch" and pm.subtype in ("province", "prefecture", "county", "township") \
                and h in ("党组织", "基层党组织"):
            subtype = "party_committee"
        label = ctx.doc.text[start:pm.end + len(h)] if start != pm.start and not former else _label(pm, h)
        # 中共利川市毛坝镇委员会 is 毛坝镇党委, 中共渭源县委员会 渭源县委: the same body, one key
        usual = _party_committee(pm) if h == "委员会" and ctx.doc.text.startswith("中共", start) else h
        team = next((t for t in TEAM_WORDS if ctx.doc.text.startswith(t, pm.end + len(h))), None)
        if team is not None:
            # 中共南充市委组织部课题组, 望奎县政协调研组, signing a survey report: the team is the body named
            yield from emit(start, pm.end + len(h) + len(team), _key(pm, usual + "/" + team), label + team, "other",
                            "org.place_head", pm, aliases=(_label(pm, usual) + team,))
            continue
        # (西定乡党委: the place as written, short for 西定哈尼族布朗族乡, names the body too)
        yield from emit(start, pm.end + former + len(h), _key(pm, usual), label, subtype, "org.place_head", pm,
                        aliases=tuple(dict.fromkeys((_label(pm, h), _label(pm, usual), pm.text + h,
                                                     *((written,) if written else ())))),
                        skip=pm.end if former else -1)
        # 那社乡、所略乡、凤凰乡党委: the head, written once after the last, is each place's
        k = j
        while (k > 0 and places[k - 1].subtype == pm.subtype and pm.subtype is not None
               and text[places[k - 1].end - sent.start:places[k].start - sent.start] == "、"):
            k -= 1
            other = places[k]
            yield from emit(other.start, other.end, _key(other, usual), _label(other, usual), subtype,
                            "org.place_head_shared", other, confidence=0.7)

    # 2. a head written once after an enumeration: 泸溪县、花垣县、古丈县的县委组织部
    for i, pm in enumerate(places):
        m = _ENUM_TAIL.match(text, pm.end - sent.start)
        if m is None:
            continue
        head = _head_at(text, m.end(), pm)
        if head is None:
            continue
        k = i
        members = [pm]
        while k > 0 and text[places[k - 1].end - sent.start:places[k].start - sent.start] == "、":
            k -= 1
            members.append(places[k])
        if len(members) < 2 and not m.group(0).startswith("等"):
            continue
        h, subtype = head
        end = sent.start + m.end() + len(h)
        for member in reversed(members):
            yield from emit(member.start, member.end if member is not pm else end, _key(member, h),
                            _label(member, h), subtype, "org.enumeration", member, confidence=0.8)

    # 3. central bodies, as whole words (联合国 is not in 联合国内外的力量)
    words: WordStarts | None = None
    for m in _CENTRAL_RE.finditer(text):
        if words is None:
            words = WordStarts(sent)
        if not (m.start() in words and (m.end() >= len(text) or m.end() in words or _PARTY_GROUP.match(text, m.end())
                                        or text[m.end()] in "等和与及、，,")):
            continue  # (教育部党组: jieba may run the body's last character on into 党组)
        name, subtype = _CENTRAL[m.group(0)]
        if name == "中国共产党" and _TITLE_REST.match(text, m.end()):
            continue
        yield from emit(sent.start + m.start(), sent.start + m.end(), f"org/{name}", name, subtype, "org.central",
                        None, confidence=0.95)

    # 4. named organisations (…公司, …合作社, …出版社)
    for m in (_NAMED.finditer(text) if _NAMED_HINT.search(text) else ()):
        s, e = m.start(), m.end()
        # a function character ends what stands before the name, unless it is inside a place (成都)
        cut = max((k for k in range(s, e) if text[k] in _STOP_CHARS
                   and not any(p.start <= sent.start + k < p.end for p in places)), default=None)
        if cut is not None:
            s = cut + 1
        while s < e and text[s] in "（(":
            s += 1  # （苏州大学…: a name does not open with a bracket
        opened = max(text.rfind("（", s, e), text.rfind("(", s, e))
        if opened >= 0 and max(text.rfind("）", opened, e), text.rfind(")", opened, e)) < 0:
            s = opened + 1  # 何俊（西南交通大学: the bracket holds the name, what is before it is not
        # start at a place written at the front (上海金山银龙蔬菜公司) or at a token start
        if words is None:
            words = WordStarts(sent)
        lead = next((p for p in places if s <= p.start - sent.start < e), None)
        if lead is not None and text[s:lead.start - sent.start] and lead.start - sent.start - s <= 2:
            s = lead.start - sent.start
        first = words.first(s, e)  # the first word start in [s, e), cut only where it is
        s = e if first is None else first
        coop = m.group(1).endswith("合作社")
        founded = False
        if coop:  # 牵头成立龙凤村茶叶专业合作社: the name starts after the verb that founds it
            found = [f for f in _FOUNDS.finditer(text, s, e - len(m.group(1))) if f.start() in words]
            if found and found[-1].end() < e - len(m.group(1)):
                s, founded = found[-1].end(), True
            else:  # 领办了砂糖橘…合作社: 了 ended what _NAMED took, right after the verb
                founded = any(f.end() == s for f in _FOUNDS.finditer(text, max(0, s - 6), s))
        name = text[s:e]
        # 成立黄精种植合作社: named by its product, right after the verb that founds it or on its
        # own (not after any verb: 茶园流转给合作社, 委托…合作社 say what is done with one)
        product = coop and (founded or s == 0 or text[s - 1] in "，,、；;：:（(“\"") and (
            pc := _PRODUCT_COOP.fullmatch(name)) is not None and not _KIND_COOP.search(pc["what"]) and (
            founded or len(pc["what"]) <= 4 and _pos_cut(pc["what"])[0][1][:1] not in "vcdptrmf")
        # (委托聚丰大豆种植专业合作社: a verb may lead a longer one; not ，建立合作社…, 并关注合作社: a verb
        # or a conjunction, a time word (目前合作社…), not a product, before a bare 合作社)
        if len(name) - len(m.group(1)) < 2 or name in _GENERIC_NAMED or _BARE_COMMITTEE.fullmatch(name):
            continue  # (县委党校: a bare committee's body, resolved to the unit in context below)
        runs = list(_RUNS.finditer(text, s, e))
        if runs:
            # 领办古壮寨农产品专业合作社, 领办成立泾源县新旗村…合作社: the body run is named after the verb
            # when its name leads with a place or a proper noun; 党支部领办合作社 is a practice
            rest = _AFTER_RUNS.match(text, runs[-1].end(), e).end()
            modifier = text[rest:e - len(m.group(1))]
            led = any(p.start - sent.start == rest for p in places)
            product = coop and (pc := _PRODUCT_COOP.fullmatch(text, rest, e)) is not None \
                and not _KIND_COOP.search(pc["what"])
            if not product and (len(modifier) < 3 or not (led or _proper_modifier(modifier))):
                continue
            s, name = rest, text[rest:e]
        if name.startswith(_QUANTIFIERS) or _SHARE.search(name):
            continue  # 少数合作社, 部分合作社, 样本村中有近三成合作社: some of a kind
        if coop and _acts_on(text[s:e - len(m.group(1))]):
            continue  # 明确要求合作社分红, 党建引领合作社发展: a clause about cooperatives, no name
        tag = word_tag(name)
        if tag == "n" and word_freq(name) >= 5:
            continue  # 跨国公司, 保险公司, 师范大学: a kind of organisation, jieba's common noun
        place = next((p for p in places if s <= p.start - sent.start < e), None)
        if m.group(1).endswith(_PLACE_LED) and not (place is not None and place.start - sent.start == s and (
                m.group(1) == "商会" or _names_between(text, places, sent, s, e - len(m.group(1))))):
            continue  # 晋江市磁灶镇商会: a chamber named by its place (not 清廉商会, 行业协会商会: kinds)
        if place is not None and text.startswith(_LEADING_VERBS, place.end - sent.start):
            continue  # 平房子镇引导村股份经济合作社领办…: the town guides them, it names no body
        asked = [v.end() for v in _ASKS.finditer(text, s, e - len(m.group(1)) - 2)]
        if asked:  # 厅里协调|甘肃农业大学陈玉林教授: who is asked to help is named after the verb
            s = asked[-1]
            name, before = text[s:e], text[:s].rstrip()
            place = next((p for p in places if s <= p.start - sent.start < e), None)
            if not (place is not None and place.start - sent.start == s
                    or _proper_modifier(text[s:e - len(m.group(1))])):
                continue  # 邀请专业公司: a kind of body, not a name
        # a proper name: led by a place (上海金山银龙蔬菜公司), or standing after a colon or
        # punctuation (北京：人民出版社); 组建农业专业合作社 is an activity, not a name
        before = text[:s].rstrip()
        head_start = e - len(m.group(1)) if place is None else place.start - sent.start
        # 组建了新光共富发展有限公司, 成立杉木塘乡村旅游专业合作社: a name of more than a kind right after
        # the verb that founds the body is a proper name, though no place leads it
        product = product or _founded_name(text, s, e, m.group(1))
        if not product and (name.startswith(_LEADING_VERBS) or (
                head_start > s and _starts_with_verb(ctx, sent, s, head_start))):
            if place is None:
                continue  # 组建农业专业合作社: an activity, not a name
            s = place.start - sent.start  # 稳妥有序组建云南农村商业银行: the name begins at its place
            name, before = text[s:e], text[:s].rstrip()
        # (a cell of a line set out by wide spaces opens a name too: 刘思远　　西南民族大学经济学院　…)
        if not product and not asked and not (place is not None and place.start - sent.start == s) and not (
                s == 0 or (before and before[-1] in ":：，,、（(“\"") or text[s - 1] in "\u3000\t"
                # (宜宾市叙州区的锦程新材料有限公司: a place and 的 before it give the body's seat)
                or text[s - 1] == "的" and any(p.end - sent.start == s - 1 for p in places)
                or text.endswith("  ", 0, s)) and not (
                tag == "nt" and (e >= len(text) or e in words) and _proper_modifier(name[:-len(m.group(1))])):
            continue  # (清华大学, 武汉大学: jieba's dictionary knows them as names of organisations)
        if m.group(1) in ("大学", "学院") and (sub := _SCHOOL_OF.match(text, e)) is not None:
            e = sub.end()  # 青海民族大学公共管理学院, 百色学院马克思主义学院: the school is the unit
            name = text[s:e]
        inner = [p for p in places if s <= p.start - sent.start and p.end - sent.start <= e]
        loc = inner[-1] if inner else None
        subtype = _NAMED_TYPES.get(m.group(1)) or _NAMED_TYPES.get(
            m.group(1)[-3:] if m.group(1).endswith("合作社") else m.group(1)[-2:], "other")
        if text.startswith("课题组", e):  # 百色学院马克思主义学院课题组: the team is the body named
            e, name, subtype = e + 3, name + "课题组", "other"
        yield from emit(sent.start + s, sent.start + e, f"org/{name}", name, subtype, "org.named",
                        loc if place else None)

    # 5. a bare 市委 / 县委 / 州政府: the unit named in context (the one above a county named,
    # 州委、州政府 in a prefecture's report), when only one fits; after a word that ends before a body
    # (免去其|县农业农村局…职务, 回原单位|县财政局工作) as after punctuation
    for m in _BARE_COMMITTEE.finditer(text):
        if _EACH.search(text, 0, m.start()):
            continue  # 各市、州、县人民政府: every one of them, not one
        s = sent.start + m.start()
        if any(p.end == s for p in places):
            continue
        if (m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
                and text[m.start() - 1] not in "据照的和与及按在由经是受向将把从对为给让被年月日其"
                and not text.endswith((*_JOINT_VERBS, "单位"), 0, m.start())):
            if words is None:
                words = WordStarts(sent)
            before = text[max(0, m.start() - 2):m.start()]
            if m.start() not in words or not ((word_tag(before) or "").startswith("v") or before in _VERBS_TAGGED_ELSE) \
                    or before in _WHICH_UNITS:
                continue  # 依托|县委党校: after a verb (a word of its own), a name; not 全县委员会, nor 涉农|区人民政府
                # (the districts that farm: some units, not one)

        word = m.group(1)
        unit = "自治区" if word.startswith("自治区") else word[0]
        head = word[len(unit):]
        subtype = ("school" if head.endswith("党校") else "party_committee"
                   if head.startswith(("委", "党委", "纪委", "监委")) else "government")
        place = _context_unit(ctx, all_places, _LEVEL_OF[unit[0]], sent)
        if place is not None:
            key, label = _key(place, head), _label(place, head)
            yield from emit(s, s + len(word), key, label, subtype, "org.bare_committee", place,
                            aliases=(word,), confidence=0.6, stated=False)
        else:
            yield from emit(s, s + len(word), f"org/unresolved/{ctx.doc.id}/{word}", word, subtype,
                            "org.bare_committee", None, confidence=0.5)

    # 5b. a committee member's second post, its department's (县委常委、组织部部长韩立青: 县委组织部)
    for m in _STANDING_THEN_DEPT.finditer(text):
        unit, dept = m.group("unit"), m.group("dept")
        s = sent.start + m.start("dept")
        place = _context_unit(ctx, all_places, _LEVEL_OF[unit[0]], sent)
        word = unit + "委" + dept
        if place is not None:
            yield from emit(s, s + len(dept), _key(place, "委" + dept), _label(place, "委" + dept), "party_committee",
                            "org.bare_committee", place, aliases=(word,), confidence=0.6, stated=False)
        else:
            yield from emit(s, s + len(dept), f"org/unresolved/{ctx.doc.id}/{word}", word, "party_committee",
                            "org.bare_committee", None, confidence=0.5)

    # 6. the units a plan charges with a task (牵头单位：县委组织部；责任单位：县民族宗教事务局、
    # 县旅游和文化广电体育局): every item of the list is a body, the bare ones of the unit in context
    if (duty := DUTY_LINE.match(text)) is not None:
        for item in _DUTY_ITEM.finditer(text, duty.end()):
            word = item.group(0)
            m = _DUTY_BODY.fullmatch(word)
            if m is None or len(m.group("head")) < 2 or _BARE_COMMITTEE.fullmatch(word):
                continue  # (县委组织部, 县财政局: read above; 各乡镇党委: every one of them)
            s = sent.start + item.start()
            unit, head = m.group("unit"), m.group("head")
            place = _context_unit(ctx, all_places, _LEVEL_OF[unit[0]], sent)
            subtype = "party_committee" if head.startswith("委") else "other" if head.endswith(("社", "中心")) \
                else "government"
            if place is not None:
                yield from emit(s, s + len(word), _key(place, head), _label(place, head), subtype, "org.duty_line",
                                place, aliases=(word,), confidence=0.6, stated=False)
            else:
                yield from emit(s, s + len(word), f"org/unresolved/{ctx.doc.id}/{word}", word, subtype,
                                "org.duty_line", None, confidence=0.5)

    # 7. the Youth League's committee of a unit, written before it (团县委, 团市委): the unit in context
    for m in _YOUTH.finditer(text):
        s = sent.start + m.start()
        word = m.group(0)
        place = _context_unit(ctx, all_places, _LEVEL_OF[m["unit"]], sent)
        key = _key(place, word) if place is not None else f"org/unresolved/{ctx.doc.id}/{word}"
        yield from emit(s, s + len(word), key, word, "other", "org.bare_committee", place,
                        confidence=0.6 if place is not None else 0.5, stated=False)

    # 8. a village's or a town's group, named by what it does (驻村工作队, 红白理事会, 双语宣讲队,
    # 商务楼宇党建联盟, 新时代文明实践站): the words before the head back to a function word or a verb
    if _GROUP_HEAD.search(text):
        if words is None:
            words = WordStarts(sent)
        for m in _GROUP_HEAD.finditer(text):
            a = _group_start(text, m.start(), words)
            if a is None:
                continue
            cut = next((p for p in places if p.start - sent.start < a < p.end - sent.start), None)
            if cut is not None:
                a = cut.start - sent.start  # 下关街道物业服务企业党建联盟: its name opens with the place
            name = text[a:m.end()]
            lead = next((p for p in places if p.start - sent.start == a and p.end - sent.start < m.start()), None)
            yield from emit(sent.start + a, sent.start + m.end(), f"org/{name}", name, "other", "org.group",
                            lead, confidence=0.6)


#: what a group's name ends with: a team, a council, an alliance, a station (longest first)
_GROUP_HEADS = ("工作队", "突击队", "先锋队", "调解队", "巡护队", "宣讲队", "宣讲团", "演出队", "护林队", "巡逻队", "巡山队",
                "理事会", "党建联盟", "实践站", "实践所", "禁赌会", "评议会", "工作专班", "专班", "联合体",
                # memorial halls and museums, which the red-tourism genre names as bodies (延安革命纪念馆)
                "纪念馆", "纪念堂", "博物馆", "陈列馆", "展览馆", "村史馆",
                # the revolutionary bodies of a place (八甲赤卫队, 才溪区苏维埃政府, 中共闽西特委)
                "赤卫队", "苏维埃政府", "特委")
#: (the councils of a village's rules, 禁毒禁赌会 and 道德评议会, a task force, 消薄工作专班, and a Party
#: cell named by its trade, 苗木产业党小组, not 党小组长: held-out Organization .835 -> .841; not 议事会,
#: 服务站: writers count 村民议事会 a practice and 党群服务站 a place as often as a body; not 工坊: a
#: craft's kind (非遗工坊) as often as one workshop; not 志愿服务队, 服务队: a kind unless its place or
#: its quoted name leads, see _industry_bodies)
_GROUP_HEAD = re.compile("|".join(sorted(_GROUP_HEADS, key=len, reverse=True)) + "|党小组(?!长)")
#: what no group's name holds: a time of day or week (今晚7点半第一党小组), another group's head
_NOT_IN_GROUP_NAME = re.compile(r"\d+[点时](?:半|\d+分?)?|今晚|今天|明天|昨天|上午|下午|晚上|中午|本周末?|下周|党小组")
#: where a group's name starts: after these characters (function words, punctuation, quantifiers)
_GROUP_STOP = set("的在于、，,。；;：:及和与对是从到由把将为了这那其各每个们也都就而如等“”\"（）()《》 \u3000\t让着过或向以给该—#+＋【】有")
#: verbs right before a group's name (成立|红白理事会, 组建|双语宣讲队), which end the words before it
_GROUP_VERBS = re.compile(r"(?:成立|组建|建立|设立|建起|组织|依托|通过|发挥|引导|动员|带领|推动|指导|选派|派驻|吸纳|"
                          r"建成|打造|培育|组成|加入|健全|完善|用好|整合|联合|牵头|协调|明确|领办|兼|兼任|担任|"
                          # (做实|龙泉关镇乡村旅游党建联盟: making it work, not its name)
                          r"做实|做强|做优|做大|做细|建强|建好|壮大|激活|擦亮|办好|"
                          # (统一调度|党员应急突击队: sending it, not its name)
                          r"调度|调派|派出|召集|设置|规范|(?<![建开增假铺架陈])设|"
                          # (列席|理事会会议, 须经|理事会研究, 选举产生|第一届理事会: the body the clause is about)
                          r"列席|须经|产生|"
                          # prepositions (按照工作队帮我们规划的…, 用工作队…: the bare team)
                          r"按照|根据|依照|用)$")


def _back_to_stop(text: str, a: int, head: int, reach: int) -> int:
    """Back from ``a`` to a function word, punctuation or a verb, at most ``reach`` characters
    before ``head``: where the words of a group's name may begin."""
    while a > 0 and head - a < reach and text[a - 1] not in _GROUP_STOP and not _GROUP_VERBS.search(text, 0, a):
        a -= 1
    return a


def _group_start(text: str, head: int, words: WordStarts) -> int | None:
    """Where the group whose head starts at ``head`` begins: back over at most ten characters of
    its name, to a function word, punctuation or a verb, at a word start; None when fewer than
    two characters name it (a bare 工作队) or they end in a verb (积极参加|工作队)."""
    a = _back_to_stop(text, head, head, 10)
    quoted = _QUOTED_BEFORE.search(text, max(0, a - 8), a) if a > 0 and text[a - 1] == "”" else None
    if quoted is not None:
        # “五老”调解队, 县城城市社区“红色物业”建设工作专班: a quoted word is part of the name
        a = _back_to_stop(text, quoted.start(), head, 20)
    for t in _NOT_IN_GROUP_NAME.finditer(text, a, head):
        a = t.end()  # 今晚7点半|第一党小组, 各党小组本周末开好|党小组会: a time or another group is no part
    if text.endswith(("开", "开好", "召开", "参加"), a, head) and text.startswith("党小组", head):
        return None  # 在我家院子里开|党小组会, 本周末开好|党小组会: holding the cell's meeting, no cell's name
    while a < head and a not in words:
        a += 1
    pos = a
    for word, tag in _pos_cut(text[a:head]):  # 积极参加|工作队: the name starts after a verb in it
        pos += len(word)
        if tag == "v" and len(word) >= 2 and word not in _GROUP_VERB_NAMES:  # (a verb ending at the head: no name)
            a = pos
    while (counted := _GROUP_COUNT.match(text, a, head)) is not None and counted.end() > a:
        a = counted.end()  # 一支|双语宣讲队, 全县|12支|…, 部分|工作队: how many, which
    if quoted is not None and not a <= quoted.start():
        return None  # the words before the quote moved its start inside it: no name
    if head - a < 2 or _GROUP_VERBS.search(text, a, head) or text[a:head] in _GROUP_GENERIC \
            or text.startswith("一", a) or not ("\u4e00" <= text[a] <= "\u9fff" or text[a] == "“") \
            or (text.startswith("党小组", head) and text[a:head] in _CELL_KINDS):
        return None  # (一案一专班: a practice; 网格党小组, 楼栋党小组: where a kind of cell is set up)
    return a


#: a quoted word of Chinese right before a group's name, part of it (“三老”调解队); not a formula
#: (“1+N”党建联盟 names a practice's model)
_QUOTED_BEFORE = re.compile(r"“[\u4e00-\u9fff]{1,6}”$")
#: what a kind of Party cell is set up by, not the name of one (在楼栋设党小组, 网格党小组全覆盖)
_CELL_KINDS = frozenset({"网格", "楼栋", "楼院", "单元", "院落", "线上", "云端", "云上", "功能型", "季节性", "产业",
                         "自然寨", "自然屯", "村民小组", "片区", "小区", "楼道", "企业", "行业", "临时"})


#: a count or a share before a group's name: not part of it
_GROUP_COUNT = re.compile(r"(?:[\d一二两三四五六七八九十百几多]+(?:支|个|轮|次|家|批|人|名|年)|部分|一些|当地|全县|全镇|全乡|全村|全市|"
                          r"去年|今年|目前|现有|"
                          r"全区|全旗|各地|各村|多支|"
                          # whose it is, said by the speaker (咱村|党员防汛突击队, 本村|赤卫队)
                          r"(?:咱|我|本|该)(?:村|镇|乡|县|区|市|社区)|咱们|我们)")


#: verbs that name what a group does, part of its name (驻村工作队, 帮扶工作队, 巡护队)
_GROUP_VERB_NAMES = frozenset({"驻村", "驻镇", "帮扶", "结对", "共建", "调解", "巡护", "护林", "宣讲", "议事", "服务",
                               "护河", "护边", "巡逻", "清雪", "应急", "维稳", "禁毒", "禁赌",
                               "防汛", "抢险", "救灾", "抗旱", "巡堤", "护堤", "防火", "扑火"})


#: words before a head that make it a kind, not a group (各类, 相关, 这支)
_GROUP_GENERIC = frozenset({"各类", "各种", "相关", "这支", "一支", "多支", "这个", "该", "每支", "全体", "党建", "工作", "片区党建", "本会",
                            "片区产业"})


#: the heads after a place that, with 共青团 before it, name the Youth League's body there
_YOUTH_HEADS = {"委": "团委", "委员会": "团委", "支部": "团支部", "总支": "团总支"}


#: 原 between a place and its body's post: a former holder (明月村原党支部书记, 该镇原党委副书记)
_FORMER_POST = re.compile(r"原(?=(?:党支部|党总支|党委|村委会|党组织)(?:副?书记|委员|主任))")


def _head_at(text: str, pos: int, place: Mention) -> tuple[str, str] | None:
    bureau = _bureau_at(text, pos, place)
    for h, subtype in _HEADS:
        if text.startswith(h, pos):
            if h == "委" and (place.text[-1] not in "省市区县州旗" or text.startswith(("委员", "委托"), pos)):
                return None
            return max((h, subtype), bureau, key=lambda x: len(x[0])) if bureau else (h, subtype)
    return bureau


def _bureau_at(text: str, pos: int, place: Mention) -> tuple[str, str] | None:
    """A bureau named by its fields right after a county, a city or a province (武夷山市茶业局, 县林业和竹业局;
    县文化和广电旅游体育局, not the start of it a listed head matches, 文化和旅游局)."""
    if place.subtype not in _BUREAU_LEVELS or text.find("局", pos, pos + _BUREAU_MAX) < 0 \
            or (m := _BUREAU_RE.match(text, pos)) is None:
        return None  # (no 局 within reach: most places are followed by none, and the match is long)
    return m.group(0), "government"


#: the units with bureaus of their own
_BUREAU_LEVELS = frozenset({"province", "prefecture", "county"})
#: the longest a bureau's name of fields may run (six fields of up to four characters, 和, 分局)
_BUREAU_MAX = 6 * 5 + 2


def _party_committee(place: Mention) -> str:
    """How a place's Party committee is usually named after it: 党委 for a township, a village or
    a street (毛坝镇党委), 委 above them (渭源县委, 湘西州委)."""
    return "党委" if place.label.endswith(("镇", "乡", "村", "街道", "社区", "苏木", "嘎查")) else "委"


def _key(place: Mention, head: str) -> str:
    return f"org/{place.key}/{_norm_head(head)}"


def _norm_head(head: str) -> str:
    if head.startswith("纪委") and head.endswith("监委"):
        return "纪委监委"  # 纪委县监委: one body (see _MERGED_DISCIPLINE)
    return {"支部": "党支部", "党总支部": "党总支", "支部委员会": "党支部", "总支部委员会": "党总支", "法院": "人民法院", "检察院": "人民检察院",
            "纪律检查委员会": "纪委", "监察委员会": "监委", "党政办公室": "党政办"}.get(
        head, head[:-2] if head.endswith("办公室") and head[:-2] in _HEAD_SUBTYPE else head)


def _label(place: Mention, head: str) -> str:
    """The standard name: the place's label plus the head (湘西土家族苗族自治州委组织部)."""
    return place.label + head


def _units_of_level(g, places: list[Mention], level: str) -> dict[str, str]:  # noqa: ANN001
    """Units of ``level`` at or above the places; for a 市 (prefecture) also the four
    municipalities, province-level units whose 市委 and 市政府 are written the same way."""
    found: dict[str, str] = {}
    for m in places:
        p = g.place(m.key)
        if p is None:
            continue
        chain = [p, *g.ancestors(p)]
        for q in chain:
            if q.level == level or (level == "prefecture" and q.level == "province" and q.name.endswith("市")):
                found[q.key] = q.name
    return found


def _titled_county_city(ctx: DocContext, places: list[Mention], g) -> Mention | None:  # noqa: ANN001
    """The county-level city a document's title names (和龙市金达莱村…), when it names no prefecture:
    the city the document speaks from."""
    title = ctx.doc.title
    cities = {m.key: m for m in places if m.subtype == "county" and m.label.endswith("市") and _named_in(title, g.place(m.key))}
    prefectures = [m for m in places if m.subtype == "prefecture" and _named_in(title, g.place(m.key))]
    return next(iter(cities.values())) if len(cities) == 1 and not prefectures else None


def _named_in(text: str, place) -> bool:  # noqa: ANN001 - a gazetteer Place
    """Whether ``text`` names ``place`` in full or by its short form (天津, 鹤壁)."""
    return place is not None and any(n and n in text for n in (place.name, place.short))


def _context_unit(ctx: DocContext, places: list[Mention], level: str, sent: Sentence) -> Mention | None:
    """The one unit of ``level`` the places around point to: in the sentence, else the
    paragraph, else the document unit. Where several fit, the one the document's title names
    (a city's report names other cities in passing; its 市委 is the one in its title); None
    when no scope settles it.

    A county named in the text gives its prefecture through the gazetteer (安徽省繁昌县 ->
    芜湖市); the prefecture is returned as an implied place mention-like record.
    """
    from graph.lexicon.gazetteer import gazetteer

    g = gazetteer()
    para = {s.index for s in ctx.paragraphs.get(sent.paragraph, ())}
    unit = ctx.doc.unit_at(sent.start)
    if level == "prefecture" and (city := _titled_county_city(ctx, places, g)) is not None:
        # a county-level city's own paper (和龙市…, 平度市…): its bare 市委 is that city's, not the
        # prefecture's above it
        return Mention(doc_id=ctx.doc.id, sent_index=sent.index, start=sent.start, end=sent.start + 1,
                       text=ctx.doc.text[sent.start:sent.start + 1], kind=Kind.PLACE, key=city.key,
                       label=city.label, rule="context", subtype="county")
    for scope in ([m for m in places if m.sent_index == sent.index], [m for m in places if m.sent_index in para],
                  [m for m in places if ctx.doc.unit_at(m.start) == unit]):
        found = _units_of_level(g, scope, level)
        if len(found) == 1:
            break
        if len(found) > 1:
            titled = {k: n for k, n in found.items() if _named_in(ctx.doc.title, g.place(k))}
            if len(titled) == 1:
                found = titled
                break
            # several, none in the title: a wider scope may still name the title's unit
    else:
        return None
    key, name = next(iter(found.items()))
    # a stand-in mention carrying the key and label (never yielded)
    return Mention(doc_id=ctx.doc.id, sent_index=sent.index, start=sent.start, end=sent.start + 1,
                   text=ctx.doc.text[sent.start:sent.start + 1], kind=Kind.PLACE, key=key, label=name,
                   rule="context", subtype=level)
