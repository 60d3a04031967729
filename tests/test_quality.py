"""Extraction quality on the held-out papers (tests/data/heldout) and the sample, pooled.

The three hundred and ninety-four papers were written for the project, in the genre, by writers who did not see the
extractor, each with a gold annotation in the sample's format (tests/data/heldout/README.md).
Their errors have since been read to improve general rules, so these floors guard against
regressions; they are not a measure of quality on unseen text (bench/README.md has the
figures measured blind, before any change). A floor is the pooled F1 measured when it was
set, less 0.03: a change that costs more on these documents must say why. When papers join,
the floors of the whole set are set again (harder papers lower some); the floors the set had
before still hold for the documents they were set on (``EARLIER_SETS``), so no floor is loosened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.evaluate import annotated, pool, score_document

DATA = Path(__file__).parent / "data"

#: the three hundred and ninety-four papers and the sample (set when RG to RN joined)
FLOORS = {
    "Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.38, "Event": 0.82,
    "Statistic": 0.86, "hasComponent": 0.60, "locatedIn": 0.74, "practices": 0.37, "aimsAt": 0.17,
    "cites": 0.71, "authorOf": 0.61, "affiliatedWith": 0.64, "proposedBy": 0.31, "faces": 0.20,
}
#: the papers that joined last (RG to RN, papers in the sample's genre: a web page of two papers, a journal paper
#: on land-shareholding cooperatives, a Party school paper on grids, a county's three kinds of secretaries, a
#: border county's bilingual service, 访惠聚 work teams with a Uyghur co-author, villagers' self-government, a
#: city team's report on weak branches: written at the end of the twenty-sixth pass, scored blind on its rules
#: of 04c91ae and on its start, then read)
_SINCE_RG = frozenset({f"R{k}" for k in "GHIJKLMN"})
#: the papers that joined last (QE to RF: in three batches of eight written in the twenty-sixth pass, each
#: scored blind on the pass's start (32097f5) and on its rules of that moment (32097f5, eceb1e4, 6f1c0b6), then
#: read: a journal paper on migrant members, a county's summary of the village committees' elections, a
#: Party school's case on a relocation community, a survey of village rules, worthies' councils and points,
#: a county's annual plan for members' education, a newspaper feature on selected graduates, a discipline
#: commission's report on village power lists, a conference paper on digital villages; a town's Party
#: congress report, an interview record, a bulletin issue of signed items, a city's notice of measures, a
#: magazine article on a red base area, a thesis chapter with a questionnaire table, a county secretary's
#: speech, a township's WeChat post; a first secretary's diary, a province's collection of signed cases, a
#: reply to a deputy's suggestion, a policy Q&A, a commendation decision with its lists, a paper on Yi
#: villages, a township secretary's report on duty, a county's plan for clean villages)
_SINCE_QE = _SINCE_RG | frozenset({f"Q{k}" for k in "EFGHIJKLMNOPQRSTUVWXYZ"} | {"RE", "RF"})
#: the papers that joined last (NU to PH: in four batches of eight written in the twenty-fifth pass, each
#: scored blind on the pass's start (833ff3c) and on its rules of that moment (317ac78, caae774, b72d599,
#: 7436554), then read: a county's 一村一策 rectification plan, a cooperative's charter, a 书记项目 application form, a
#: notice allocating the members' recruitment plan, a first secretary's handover memo, a Party school's
#: training plan, a provincial daily's editorial, an activist's thought report; papers on a state
#: enterprise group, a university's branches, a city bureau's model organ, a park's two new organisations,
#: new employment groups, county hospitals, schools, a megacity sub-district; and on retired cadres, a
#: lawyers' committee, an internet company, a research institute, a XPCC regiment farm, forest farms, a
#: border customs office, chambers of commerce; a city organs' committee's list of model branches, a county
#: rural bank, a highway project's temporary committee, a power supplier's service team, a supply and
#: marketing cooperative, veterans' affairs, people's tribunals, a state farm enterprise)
_SINCE_NU = _SINCE_QE | frozenset({f"N{k}" for k in "UVWXYZ"} | {f"O{k}" for k in "EFGHIJKLMNOPQRSTUVWXYZ"}
                                  | {f"P{k}" for k in "EFGH"})
#: the papers that joined before them (NM to NT: a city's research report on rectifying weak village branches, a
#: county secretary's signed newspaper article, a village's quarterly disclosure board, a Party school
#: student's thesis, a TV news script with sound bites, a village's three-year plan, a member's
#: self-examination for an organisational life meeting, a provincial notice naming red-flag village
#: branches: written at the end of the twenty-fourth pass, scored blind on its last rules (4d15936) and on
#: its start, and added unread)
_SINCE_NM = _SINCE_NU | frozenset({f"N{k}" for k in "MNOPQRST"})
#: the papers that joined last (MI to NL: a short video's storyboard script, an exhibition hall's panel
#: texts, a Party school's lesson plan, a notice allocating funds with its table, a memorial speech, a
#: branch's monthly points notice, a term-change election's schedule, a newspaper's news roundup; a
#: briefing of township dispatches, a secretary's work diary, a questionnaire survey with its annexes, a TV
#: programme's transcript, a discipline commission's case notice, a township's table of its villages as
#: text, a Q&A handout, an e-mail work report; a provincial WeChat long read, a decision on commendations
#: with its lists, a 四议两公开 record book, a book review, a report on rectifying inspection findings, a
#: theme Party day's plan and record, a press conference's transcript, a statistical bulletin: written in
#: the twenty-fourth pass in three batches of eight, each scored blind on the pass's start (79cf192) and on
#: its rules of that moment, then read)
_SINCE_MI = _SINCE_NM | frozenset({f"M{k}" for k in "IJKLMNOPQRSTUVWX"} | {f"N{k}" for k in "EFGHIJKL"})
#: the papers that joined last (LW to MH: a village work group's chat log, a pay notice with its tables
#: pasted as comma-separated values, a booklet of red place names, a township's assessment comments on
#: village secretaries, a provincial newspaper's front-page lead with boxes, a township's formal request,
#: a project's completion-acceptance report, a village group's announcements: written at the end of the
#: twenty-third pass, scored blind on its start (4308d0e) and on its rules up to 2b9c1a3, then read)
_SINCE_LW = _SINCE_MI | frozenset({"LW", "LX", "LY", "LZ", "ME", "MF", "MG", "MH"})
#: the papers that joined last (LG to LV: a notice of appointments and removals, a civil-service essay
#: paper, a readers' letter with the county's reply, an audit report on a departing secretary, a village
#: supervision committee's report, a commentary-feature quoting experts, a reporting meeting's transcript,
#: a plan for recruiting members with a pipe table; a branch's appraisal results, a training class's
#: handbook, a village-enterprise agreement, a notice assigning members to households, a review's
#: ranking circular, a live text report, a first secretary's farewell speech, a reply to an information
#: request: written in the twenty-third pass in two batches of eight, each scored blind on the pass's
#: start (4308d0e) and on its rules of that moment, then read)
_SINCE_LG = _SINCE_LW | frozenset({f"L{k}" for k in "GHIJKLMNOPQRSTUV"})
#: the papers that joined last (KE to LF: an inspection-rectification ledger, a village's five-year plan,
#: a branch's self-examination, a township secretary's report, a survey on emptied villages, a county's
#: implementation plan, a reply to a deputy's proposal, a press conference; a report on rectifying weak
#: branches, a grid handbook in questions and answers, a first secretary's diary, a contest's results, a
#: discipline bulletin, a students' survey report, a cooperative's distribution notice, a news agency's
#: feature; a county secretary's speech, a clean-up bulletin, pledges' fulfilment, a first secretaries'
#: notice with its task list, a forum's minutes, a micro Party lesson, a sub-district's exchange speech, a
#: CPPCC proposal: written in the twenty-second pass in three batches of eight, each scored blind on the
#: pass's start (94d3cf6) and on its rules of that moment, then read; LE and LF were written as LA and LB,
#: names the set already had)
_SINCE_KE = _SINCE_LG | frozenset({f"K{k}" for k in "EFGHIJKLMNOPQRSTUVWXYZ"} | {"LE", "LF"})
#: the papers that joined last (ZI to ZP: a flood-fighting teams' notice, a ledger of members' contacts
#: with households, a provincial commendation, a draft regulation's explanation, a village's financial
#: disclosure, a photo story, a hotline's monthly analysis, a Tibetan township's joint-household report;
#: written at the end of the twenty-first pass, scored blind on all its rules up to f51be59 and on its
#: start, then read)
_SINCE_ZI = _SINCE_KE | frozenset({f"Z{k}" for k in "IJKLMNOP"})
#: the papers that joined last (ZA to ZH: a red-and-black list, an inventory of collective assets, a
#: retired secretary's memoir, a university's assistance report, a model village's acceptance record,
#: a council of worthies' charter, a WeChat micro-interview, a questionnaire survey; written at the end
#: of the twenty-first pass, scored blind on all its rules up to 92d0bec and on its start, then read)
_SINCE_ZA = _SINCE_ZI | frozenset({f"Z{k}" for k in "ABCDEFGH"})
#: the papers that joined last (RA to YD: a discipline commission's circular on misconduct, a CPPCC
#: proposal, an oral history, a cadre's study notes, a list of first secretaries, a project's final
#: report, a yearbook's section, a notice convening a meeting, a red-tourism guide, a county congress's
#: report, points-based rules with a points board, a village museum's script, an appraisal meeting's
#: record, a Q&A booklet, a film's narration script, an inspection report, a cadre's evaluation, an
#: election's results, a Party day's plan, a responsibility letter, an infographic's text, a collection
#: of stories, a provincial speech, a quiz bank, a weekly bulletin, village rules, an admission notice, a
#: mediation case, a live stream, star-rating standards, a TV accountability programme, a magazine's
#: investigation: written in the twenty-first pass in eight batches, each scored blind on the pass's
#: start, dbcb672, and on its rules of that moment, then read)
_SINCE_RA = _SINCE_ZA | frozenset({f"{batch}{k}" for batch in "RSTUVWXY" for k in "ABCD"})
#: the papers that joined from QA on (QA to QD: a branch's minutes of its members' meeting, a national
#: paper's investigation, a thesis's literature review, a township's rules for grid governance with a
#: roster, scored blind in the twentieth pass on its start and on its rules of 74db27c, then read)
_SINCE_QA = _SINCE_RA | frozenset({"QA", "QB", "QC", "QD"})
#: the papers that joined from PA on (PA to PD: a symposium's summary, a branch's self-examination, a
#: province's ten cases, a county's public list of projects, scored blind in the twentieth pass on its
#: start and on its rules of 404fb69, then read)
_SINCE_PA = _SINCE_QA | frozenset({"PA", "PB", "PC", "PD"})
#: the papers that joined from OA on (OA to OD: a pre-appointment notice with résumés, a standing
#: committee's meeting report, a press conference's transcript, a gazetteer's chapter, scored blind in the
#: twentieth pass on its start, 56782f2, and on its first rules, then read)
_SINCE_OA = _SINCE_PA | frozenset({"OA", "OB", "OC", "OD"})
#: the papers that joined from NA on (NA to ND: profile cards, a list of model villages, a commitment
#: board, a journal paper with its English front matter, scored blind on 41669d0, then read)
_SINCE_NA = _SINCE_OA | frozenset({"NA", "NB", "NC", "ND"})
#: the papers that joined from MA on (MA to MD: a chronicle, a proposal letter, social-media posts, a
#: list of duties, scored blind on the nineteenth pass's rules of 5dc0896, then read)
_SINCE_MA = _SINCE_NA | frozenset({"MA", "MB", "MC", "MD"})
#: the papers that joined from LA on (LA to LD: a web page, a Word file and two text files, scored
#: blind on the nineteenth pass's rules of 8e74452, then read)
_SINCE_LA = _SINCE_MA | frozenset({"LA", "LB", "LC", "LD"})
#: the papers that joined from JA on (JA to JD, scored blind in the nineteenth pass, then read; KA to
#: KD, scored blind on its rules of 1e8c0d2, then read)
_SINCE_JA = _SINCE_LA | frozenset({"JA", "JB", "JC", "JD", "KA", "KB", "KC", "KD"})
#: the papers that joined from HA on (HA to HD, scored blind in the eighteenth pass, then read; IA to
#: ID, scored blind on its rules of 5615975 and added unread)
_LATEST = _SINCE_JA | frozenset({"HA", "HB", "HC", "HD", "IA", "IB", "IC", "ID"})
#: the papers that joined from FA on (FA to GD, scored blind in the eighteenth pass, then read)
_SINCE_FA = _LATEST | frozenset({"FA", "FB", "FC", "FD", "GA", "GB", "GC", "GD"})
#: the papers that joined from EU on (EU to EX, scored blind on the seventeenth pass's rules, a52edc9, then read)
_SINCE_EU = _SINCE_FA | frozenset({"EU", "EV", "EW", "EX"})
#: the papers that joined from EM on (EM to EP, scored blind on the seventeenth pass's rules and then
#: read; EQ to ET, scored blind on its rules of 6593323 and added unread)
_SINCE_EM = _SINCE_EU | frozenset({"EM", "EN", "EO", "EP", "EQ", "ER", "ES", "ET"})
#: the papers that joined from EA on (scored blind in the seventeenth pass, then read)
_SINCE_EA = _SINCE_EM | frozenset({"EA", "EB", "EC", "ED", "EE", "EF", "EG", "EH", "EI", "EJ", "EK", "EL"})
#: the papers that joined from DW on (scored blind on the sixteenth pass's rules up to 0787f57, added unread)
_SINCE_DW = _SINCE_EA | frozenset({"DW", "DX", "DY", "DZ"})
#: the papers that joined from DS on
_SINCE_DS = _SINCE_DW | frozenset({"DS", "DT", "DU", "DV"})
#: the papers that joined from DO on
_SINCE_DO = _SINCE_DS | frozenset({"DO", "DP", "DQ", "DR"})
#: the papers that joined from DG on
_SINCE_DG = _SINCE_DO | frozenset({"DG", "DH", "DI", "DJ", "DK", "DL", "DM", "DN"})
#: the papers that joined from DC on
_SINCE_DC = _SINCE_DG | frozenset({"DC", "DD", "DE", "DF"})
#: the papers that joined from CY on
_SINCE_CY = _SINCE_DC | frozenset({"CY", "CZ", "DA", "DB"})
#: the papers that joined from CU on
_SINCE_CU = _SINCE_CY | frozenset({"CU", "CV", "CW", "CX"})
#: the papers that joined from CQ on
_SINCE_CQ = _SINCE_CU | frozenset({"CQ", "CR", "CS", "CT"})
#: the papers that joined from CM on
_SINCE_CM = _SINCE_CQ | frozenset({"CM", "CN", "CO", "CP"})
#: the papers that joined from CI on
_ADDED = _SINCE_CM | frozenset({"CI", "CJ", "CK", "CL"})
#: the papers that joined from BG on
_JOINED = _ADDED | frozenset({"BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS", "BT", "BU", "BV",
                     "BW", "BX", "BY", "BZ", "CA", "CB", "CC", "CD", "CE", "CF", "CG", "CH"})
#: the papers that joined from AU on
_BATCH = frozenset({"AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF"}) | _JOINED
#: the papers that joined from AQ on
_NEWEST = frozenset({"AQ", "AR", "AS", "AT"}) | _BATCH
#: the papers that joined from AI on
_LAST = frozenset({"AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP"}) | _NEWEST
#: the floors of each earlier set, on the documents they were set on (the papers that joined
#: later left out): set when RG to RN joined, when QE to RF joined, when NU to PH joined, when NM to NT joined, when MI to NL joined, when LW to MH joined, when LG to LV joined, when KE to LF joined, when ZI to ZP joined, when ZA to ZH joined, when RA to YD joined, when QA to QD joined, when PA to PD joined, when OA to OD joined, when NA to ND joined, when MA to MD joined, when LA to LD joined, when JA to KD joined, when HA to ID joined, when FA to GD joined, when EU to EX joined, when EM to ET joined, when EA to EL joined, when DW to DZ joined, when DS to DV joined, when DO to DR joined, when DG to DN joined, when DC to DF joined, when CY to DB joined, when CU to CX joined, when CQ to CT joined, when CM to CP joined, when CI to CL joined, when BG to CH joined, when AU to BF joined, when AQ to AT joined, when AI to AP joined, when AE
#: to AH joined, when X to AD joined, then before that
EARLIER_SETS = (
    ({"Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.38, "Event": 0.82,
      "Statistic": 0.86, "hasComponent": 0.60, "locatedIn": 0.74, "practices": 0.36, "aimsAt": 0.17,
      "cites": 0.70, "authorOf": 0.59, "affiliatedWith": 0.64, "proposedBy": 0.31, "faces": 0.20},
     _SINCE_RG),
    ({"Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.38, "Event": 0.82,
      "Statistic": 0.86, "hasComponent": 0.59, "locatedIn": 0.74, "practices": 0.36, "aimsAt": 0.17,
      "cites": 0.70, "authorOf": 0.57, "affiliatedWith": 0.63, "proposedBy": 0.31, "faces": 0.20},
     _SINCE_QE),
    ({"Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.36, "Event": 0.81,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.75, "practices": 0.37, "aimsAt": 0.16,
      "cites": 0.68, "authorOf": 0.55, "affiliatedWith": 0.64, "proposedBy": 0.31, "faces": 0.20},
     _SINCE_NU),
    ({"Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.36, "Event": 0.82,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.75, "practices": 0.37, "aimsAt": 0.16,
      "cites": 0.69, "authorOf": 0.56, "affiliatedWith": 0.64, "proposedBy": 0.31, "faces": 0.20},
     _SINCE_NM),
    ({"Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.36, "Event": 0.82,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.75, "practices": 0.37, "aimsAt": 0.16,
      "cites": 0.70, "authorOf": 0.58, "affiliatedWith": 0.66, "proposedBy": 0.31, "faces": 0.20},
     _SINCE_MI),
    ({"Place": 0.90, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.71, "Goal": 0.36, "Event": 0.82,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.74, "practices": 0.38, "aimsAt": 0.16,
      "cites": 0.71, "authorOf": 0.60, "affiliatedWith": 0.66, "proposedBy": 0.31, "faces": 0.21},
     _SINCE_LW),
    ({"Place": 0.89, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.72, "Goal": 0.36, "Event": 0.82,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.74, "practices": 0.38, "aimsAt": 0.17,
      "cites": 0.71, "authorOf": 0.61, "affiliatedWith": 0.66, "proposedBy": 0.31, "faces": 0.21},
     _SINCE_LG),
    ({"Place": 0.89, "Organization": 0.79, "Person": 0.90, "Mechanism": 0.72, "Goal": 0.35, "Event": 0.83,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.73, "practices": 0.39, "aimsAt": 0.17,
      "cites": 0.72, "authorOf": 0.62, "affiliatedWith": 0.64, "proposedBy": 0.30, "faces": 0.22},
     _SINCE_KE),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.72, "Goal": 0.35, "Event": 0.83,
      "Statistic": 0.85, "hasComponent": 0.58, "locatedIn": 0.73, "practices": 0.39, "aimsAt": 0.17,
      "cites": 0.73, "authorOf": 0.63, "affiliatedWith": 0.65, "proposedBy": 0.30, "faces": 0.22},
     _SINCE_ZI),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.72, "Goal": 0.35, "Event": 0.83,
      "Statistic": 0.86, "hasComponent": 0.58, "locatedIn": 0.73, "practices": 0.40, "aimsAt": 0.17,
      "cites": 0.73, "authorOf": 0.64, "affiliatedWith": 0.66, "proposedBy": 0.30, "faces": 0.22},
     _SINCE_ZA),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.92, "Mechanism": 0.73, "Goal": 0.35, "Event": 0.84,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.73, "practices": 0.42, "aimsAt": 0.17,
      "cites": 0.74, "authorOf": 0.70, "affiliatedWith": 0.68, "proposedBy": 0.31, "faces": 0.23},
     _SINCE_RA),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.92, "Mechanism": 0.73, "Goal": 0.36, "Event": 0.84,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.73, "practices": 0.42, "aimsAt": 0.17,
      "cites": 0.75, "authorOf": 0.74, "affiliatedWith": 0.69, "proposedBy": 0.30, "faces": 0.23},
     _SINCE_QA),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.92, "Mechanism": 0.73, "Goal": 0.35, "Event": 0.84,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.73, "practices": 0.42, "aimsAt": 0.17,
      "cites": 0.74, "authorOf": 0.74, "affiliatedWith": 0.68, "proposedBy": 0.29, "faces": 0.22},
     _SINCE_PA),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.92, "Mechanism": 0.73, "Goal": 0.35, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.73, "practices": 0.43, "aimsAt": 0.17,
      "cites": 0.76, "authorOf": 0.74, "affiliatedWith": 0.67, "proposedBy": 0.30, "faces": 0.22},
     _SINCE_OA),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.92, "Mechanism": 0.73, "Goal": 0.35, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.17,
      "cites": 0.76, "authorOf": 0.74, "affiliatedWith": 0.68, "proposedBy": 0.30, "faces": 0.23},
     _SINCE_NA),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.92, "Mechanism": 0.74, "Goal": 0.35, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.17,
      "cites": 0.78, "authorOf": 0.75, "affiliatedWith": 0.68, "proposedBy": 0.30, "faces": 0.23},
     _SINCE_MA),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.92, "Mechanism": 0.74, "Goal": 0.35, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.17,
      "cites": 0.78, "authorOf": 0.75, "affiliatedWith": 0.68, "proposedBy": 0.30, "faces": 0.23},
     _SINCE_LA),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.92, "Mechanism": 0.74, "Goal": 0.36, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.17,
      "cites": 0.79, "authorOf": 0.75, "affiliatedWith": 0.68, "proposedBy": 0.31, "faces": 0.23},
     _SINCE_JA),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.92, "Mechanism": 0.74, "Goal": 0.36, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.18,
      "cites": 0.79, "authorOf": 0.78, "affiliatedWith": 0.68, "proposedBy": 0.31, "faces": 0.24},
     _LATEST),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.74, "Goal": 0.36, "Event": 0.86,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.18,
      "cites": 0.79, "authorOf": 0.78, "affiliatedWith": 0.65, "proposedBy": 0.32, "faces": 0.24},
     _SINCE_FA),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.74, "Goal": 0.36, "Event": 0.86,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.71, "practices": 0.43, "aimsAt": 0.18,
      "cites": 0.79, "authorOf": 0.78, "affiliatedWith": 0.65, "proposedBy": 0.32, "faces": 0.24},
     _SINCE_EU),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.74, "Goal": 0.37, "Event": 0.86,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.71, "practices": 0.43, "aimsAt": 0.18,
      "cites": 0.79, "authorOf": 0.79, "affiliatedWith": 0.65, "proposedBy": 0.33, "faces": 0.24},
     _SINCE_EM),
    ({"Place": 0.88, "Organization": 0.80, "Person": 0.90, "Mechanism": 0.74, "Goal": 0.37, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.71, "practices": 0.43, "aimsAt": 0.18,
      "cites": 0.80, "authorOf": 0.79, "affiliatedWith": 0.66, "proposedBy": 0.33, "faces": 0.24},
     _SINCE_EA),
    ({"Place": 0.88, "Organization": 0.80, "Person": 0.90, "Mechanism": 0.74, "Goal": 0.37, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.55, "locatedIn": 0.72, "practices": 0.43, "aimsAt": 0.18,
      "cites": 0.80, "authorOf": 0.79, "affiliatedWith": 0.66, "proposedBy": 0.33, "faces": 0.24},
     _SINCE_DW),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.90, "Mechanism": 0.74, "Goal": 0.37, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.44, "aimsAt": 0.18,
      "cites": 0.80, "authorOf": 0.79, "affiliatedWith": 0.67, "proposedBy": 0.33, "faces": 0.24},
     _SINCE_DS),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.37, "Event": 0.85,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.44, "aimsAt": 0.19,
      "cites": 0.79, "authorOf": 0.79, "affiliatedWith": 0.65, "proposedBy": 0.34, "faces": 0.25},
     _SINCE_DO),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.38, "Event": 0.85,
      "Statistic": 0.88, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.44, "aimsAt": 0.20,
      "cites": 0.80, "authorOf": 0.79, "affiliatedWith": 0.65, "proposedBy": 0.34, "faces": 0.25},
     _SINCE_DG),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.38, "Event": 0.86,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.44, "aimsAt": 0.20,
      "cites": 0.81, "authorOf": 0.80, "affiliatedWith": 0.64, "proposedBy": 0.35, "faces": 0.25},
     _SINCE_DC),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.39, "Event": 0.86,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.45, "aimsAt": 0.20,
      "cites": 0.81, "authorOf": 0.80, "affiliatedWith": 0.66, "proposedBy": 0.35, "faces": 0.25},
     _SINCE_CY),
    ({"Place": 0.89, "Organization": 0.80, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.39, "Event": 0.86,
      "Statistic": 0.87, "hasComponent": 0.55, "locatedIn": 0.72, "practices": 0.45, "aimsAt": 0.21,
      "cites": 0.81, "authorOf": 0.80, "affiliatedWith": 0.65, "proposedBy": 0.36, "faces": 0.25},
     _SINCE_CU),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.40, "Event": 0.87,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.44, "aimsAt": 0.21,
      "cites": 0.82, "authorOf": 0.81, "affiliatedWith": 0.66, "proposedBy": 0.36, "faces": 0.26},
     _SINCE_CQ),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.40, "Event": 0.87,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.72, "practices": 0.44, "aimsAt": 0.21,
      "cites": 0.83, "authorOf": 0.82, "affiliatedWith": 0.67, "proposedBy": 0.36, "faces": 0.25},
     _SINCE_CM),
    ({"Place": 0.89, "Organization": 0.81, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.41, "Event": 0.87,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.73, "practices": 0.45, "aimsAt": 0.22,
      "cites": 0.83, "authorOf": 0.81, "affiliatedWith": 0.67, "proposedBy": 0.36, "faces": 0.26},
     _ADDED),
    ({"Place": 0.89, "Organization": 0.82, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.45, "Event": 0.88,
      "Statistic": 0.87, "hasComponent": 0.56, "locatedIn": 0.74, "practices": 0.48, "aimsAt": 0.26,
      "cites": 0.88, "authorOf": 0.84, "affiliatedWith": 0.67, "proposedBy": 0.40, "faces": 0.19},
     _JOINED),
    ({"Place": 0.89, "Organization": 0.84, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.47, "Event": 0.89,
      "Statistic": 0.88, "hasComponent": 0.54, "locatedIn": 0.75, "practices": 0.48, "aimsAt": 0.26,
      "cites": 0.88, "authorOf": 0.88, "affiliatedWith": 0.63, "proposedBy": 0.40, "faces": 0.20},
     _BATCH),
    ({"Place": 0.89, "Organization": 0.85, "Person": 0.91, "Mechanism": 0.75, "Goal": 0.48, "Event": 0.90,
      "Statistic": 0.88, "hasComponent": 0.54, "locatedIn": 0.76, "practices": 0.48, "aimsAt": 0.27,
      "cites": 0.89, "authorOf": 0.88, "affiliatedWith": 0.64, "proposedBy": 0.41, "faces": 0.20},
     _NEWEST),
    ({"Place": 0.89, "Organization": 0.85, "Person": 0.92, "Mechanism": 0.76, "Goal": 0.48, "Event": 0.90,
      "Statistic": 0.88, "hasComponent": 0.55, "locatedIn": 0.75, "practices": 0.46, "aimsAt": 0.27,
      "cites": 0.89, "authorOf": 0.91, "affiliatedWith": 0.69, "proposedBy": 0.39, "faces": 0.19},
     _LAST),
    ({"Place": 0.89, "Organization": 0.82, "Person": 0.91, "Mechanism": 0.77, "Goal": 0.48, "Event": 0.90,
      "Statistic": 0.87, "hasComponent": 0.57, "locatedIn": 0.74, "practices": 0.48, "aimsAt": 0.28,
      "cites": 0.89, "authorOf": 0.91, "affiliatedWith": 0.67, "proposedBy": 0.33, "faces": 0.18},
     frozenset({"AE", "AF", "AG", "AH"}) | _LAST),
    ({"Place": 0.90, "Organization": 0.84, "Person": 0.92, "Mechanism": 0.78, "Goal": 0.47, "Event": 0.92,
      "Statistic": 0.87, "hasComponent": 0.54, "locatedIn": 0.75, "practices": 0.49, "aimsAt": 0.27,
      "cites": 0.90, "authorOf": 0.90, "affiliatedWith": 0.70, "proposedBy": 0.32, "faces": 0.14},
     frozenset({"X", "Y", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH"}) | _LAST),
)


def _pairs() -> list[tuple[Path, Path]]:
    return annotated(DATA / "heldout") + annotated(DATA)  # (tests/data: the sample)


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    return {doc.stem: score_document(doc, gold) for doc, gold in _pairs()}


@pytest.fixture(scope="module")
def pooled(scores: dict[str, dict]) -> dict:
    return pool(list(scores.values()))


def test_the_held_out_set_is_complete() -> None:
    pairs = _pairs()
    assert len(pairs) == 395 and all(doc.is_file() for doc, _ in pairs)
    assert all(later <= {doc.stem for doc, _ in pairs} for _, later in EARLIER_SETS)


@pytest.mark.parametrize("row", sorted(FLOORS))
def test_pooled_f1_stays_above_its_floor(pooled: dict, row: str) -> None:
    rows = {r["name"]: r for r in pooled["kinds"] + pooled["relations"]}
    assert rows[row]["f1"] >= FLOORS[row], rows[row]


@pytest.mark.parametrize(("floors", "later", "row"),
                         [(f, later, row) for f, later in EARLIER_SETS for row in sorted(f)])
def test_the_earlier_documents_keep_their_earlier_floors(scores: dict[str, dict], floors: dict[str, float],
                                                         later: frozenset[str], row: str) -> None:
    earlier = pool([r for name, r in scores.items() if name not in later])
    rows = {r["name"]: r for r in earlier["kinds"] + earlier["relations"]}
    assert rows[row]["f1"] >= floors[row], rows[row]


def test_places_keep_their_parents(pooled: dict) -> None:
    assert pooled["place_parent_accuracy"]["accuracy"] >= 0.95


def test_pooling_sums_the_counts_before_the_ratios() -> None:
    a = {"kinds": [{"name": "Place", "correct": 1, "predicted": 1, "found": 1, "gold": 4}], "relations": [],
         "extra": [], "place_parent_accuracy": {"found_with_parent": 2, "right_parent": 1, "accuracy": 0.5}}
    b = {"kinds": [{"name": "Place", "correct": 0, "predicted": 3, "found": 0, "gold": 0}], "relations": [],
         "extra": [], "place_parent_accuracy": {"found_with_parent": 0, "right_parent": 0, "accuracy": 0.0}}
    p = pool([a, b])
    place = p["kinds"][0]
    assert (place["precision"], place["recall"]) == (0.25, 0.25)  # 1/4 and 1/4, not the mean of 1.0 and 0.0
    assert p["place_parent_accuracy"] == {"found_with_parent": 2, "right_parent": 1, "accuracy": 0.5}
