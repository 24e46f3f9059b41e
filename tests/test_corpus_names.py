"""Actor identity on stories of four kinds, none about the seed's war: pairs that must join one corpus actor
and pairs that must stay apart, each stored in both orders.

- South Asian names with ranks and initials (India, Nepal, Pakistan);
- Arabic and Persian transliterations, the Arabic article, Cyrillic-Turkic spellings (Iraq, Iran, Kyrgyzstan);
- Chinese and Korean names, family name first and reordered;
- a domestic corporate story (Sweden) with Spanish double surnames;
- and the organisations of such stories: country adjective, possessive and "of Country", "Ministry of X",
  aliases, acronyms defined in a report, a head noun alone.

All names are invented (and so are the people): only the countries are real.
"""

from __future__ import annotations

import json

import pytest

from reportedly.corpus import query
from reportedly.corpus.actors import Linker
from reportedly.corpus.store import Store
from reportedly.text.person_names import compare, parse
from reportedly.text.transliteration import compare_words
from tests.identityhelp import Side, same_actor, side_doc

ORG = "organization"
CEO = ("chief executive",)

SOUTH_ASIAN_JOIN = [
    (Side("Air Marshal A K Bharti", "IND"), Side("A.K. Bharti", "IND")),
    (Side("Air Marshal A K Bharti", "IND"), Side("Air Marshal Bharti")),
    (Side("Lt Gen Rajesh Kumar Mehra", "IND"), Side("R K Mehra")),
    (Side("RK Mehra", "IND"), Side("R.K. Mehra")),
    (Side("Lieutenant General R K Mehra", "IND"), Side("Lt-Gen Rajesh Mehra", "IND")),
    (Side("Muhammad Tariq Aziz", "PAK"), Side("Tariq Aziz", "PAK")),
    (Side("Brig Anil Thapa", "NPL", ("army spokesman",)), Side("Brigadier Anil Thapa")),
    (Side("Shri Ramesh Chandra Pokharel", "NPL"), Side("Ramesh Pokharel")),
    (Side("Maj.-Gen. Prakash Adhikari", "NPL"), Side("Gen. Adhikari", "NPL")),
    (Side("Lok Bahadur Pun-Magar", "NPL"), Side("Lok Bahadur Pun Magar")),
    (Side("Dil Bahadur Khatri Chhetri", "NPL"), Side("Khatri Chhetri", "NPL")),
    (Side("Lt Gen Sudhir Chandra Joshi", "IND"), Side("Lieutenant General Sudhir Joshi")),
]
SOUTH_ASIAN_APART = [
    (Side("Anil Sharma", "IND"), Side("Sunil Sharma", "IND")),
    (Side("Rajesh Kumar Mehra", "IND"), Side("Ravi Mehra", "IND")),
    (Side("R K Mehra", "IND"), Side("S K Mehra", "IND")),
    (Side("Air Marshal A K Bharti", "IND"), Side("Bharti", support="India")),
    (Side("Maj Gen Prakash Thapa", "NPL"), Side("Maj Gen Prakash Thapa", "IND")),
    (Side("Muhammad Tariq Aziz", "PAK"), Side("Muhammad Rafiq Aziz", "PAK")),
    (Side("Colonel Vikram Rathore", "IND", ("army spokesman",)), Side("Vikram Rathod", "IND", ("Finance Minister",))),
]
ARABIC_PERSIAN_JOIN = [
    (Side("Hamid al-Ubaidi", "IRQ"), Side("Hamid Al Ubaidi")),
    (Side("Hamid al-Ubaidi", "IRQ"), Side("Hamid el-Ubaidi", "IRQ")),
    (Side("Hamid al-Ubaidi", "IRQ"), Side("Hamid Ubaidi")),
    (Side("Hamid al-Ubaidi", "IRQ", ("commission chairman",)), Side("Ubaidi", titles=("commission chairman",))),
    (Side("Ahmed Jassim al-Saadi", "IRQ"), Side("Ahmad Jasim al-Saadi", "IRQ")),
    (Side("Mohammed Hussein", "IRQ"), Side("Muhammad Husain")),
    (Side("Yusuf Karimi", "IRN"), Side("Yousef Karimi", "IRN")),
    (Side("Mohammad Javad Tehrani", "IRN"), Side("Javad Tehrani", "IRN")),
    (Side("Ebrahim Mousavi", "IRN"), Side("Ibrahim Musavi")),
    (Side("Kadyrbek Tashiev", "KGZ"), Side("Kadyrbek Tashiyev")),
    (Side("Yusup Tashiev", "KGZ"), Side("Yusuf Tashiyev", "KGZ")),
    (Side("Farhod Yusufov", "TJK"), Side("Farkhod Yusupov")),
    (Side("Azamat Zhumabekov", "KGZ"), Side("Azamat Jumabekov")),
    (Side("Abd al-Karim al-Ubaidi", "IRQ"), Side("Abdul Karim al-Ubaidi")),
    (Side("Abdulkarim Ubaidi", "IRQ"), Side("Abdel Karim el-Ubaidi", "IRQ")),
    (Side("Mohammed Hussein al-Daraji", "IRQ"), Side("Mohammed al-Daraji", "IRQ")),
    (Side("Talant Ermekovich Sultanaliev", "KGZ", ("chairman of the Cabinet of Ministers",)),
     Side("Talant Sultanaliev", titles=("Prime Minister",))),
]
ARABIC_PERSIAN_APART = [
    (Side("Ahmed al-Saadi", "IRQ"), Side("Ali al-Saadi", "IRQ")),
    (Side("Hassan Jassim", "IRQ"), Side("Hussein Jassim", "IRQ")),
    (Side("Ahmed al-Saadi", "IRQ", ("commission chairman",)), Side("Ahmad al-Saadi", "IRQ", ("Oil Minister",))),
    (Side("Hamid al-Ubaidi", "IRQ"), Side("Hamid al-Ubaidi", "JOR")),
    (Side("Mohammed Yusuf", "IRQ"), Side("Mohammed Younis", "IRQ")),
    (Side("Hamid al-Ubaidi", "IRQ"), Side("Ubaidi", support="Iraq")),
    (Side("Ahmed Jassim", "IRQ"), Side("Hamid Ahmed Jassim", "IRQ")),
    (Side("Abd al-Karim al-Ubaidi", "IRQ"), Side("Abd al-Rahman al-Ubaidi", "IRQ")),
]
CHINESE_KOREAN_JOIN = [
    (Side("Wang Jianguo", "CHN"), Side("Jianguo Wang")),
    (Side("Kim Min-jun", "KOR"), Side("Kim Minjun", "KOR")),
    (Side("Kim Min-jun", "KOR"), Side("Min-jun Kim")),
    (Side("Min Jun Kim"), Side("Kim Min-jun", "KOR")),
    (Side("Wang Jianguo", "CHN", ("safety bureau director",)), Side("Wang", titles=("safety bureau director",))),
    (Side("Li Xiaoming", "CHN"), Side("Xiaoming Li", "CHN")),
    (Side("Vincent Ho Ka-ming"), Side("Ho Ka-ming")),
    (Side("Vice-Mayor Zhou Weiping", "CHN"), Side("Weiping Zhou")),
]
CHINESE_KOREAN_APART = [
    (Side("Wang Jianguo", "CHN"), Side("Wang Jianhua", "CHN")),
    (Side("Kim Min-jun", "KOR"), Side("Kim Min-jae", "KOR")),
    (Side("Li Wei", "CHN"), Side("Li Wen", "CHN")),
    (Side("Zhang Hua", "CHN"), Side("Zhang Hua", "TWN")),
    (Side("Park Ji-hoon", "KOR"), Side("Park Ji-hyun", "KOR")),
    (Side("Wang Jianguo", "CHN", ("safety bureau director",)), Side("Wang", titles=("fire chief",))),
]
CORPORATE_JOIN = [
    (Side("Javier Ortega Salinas", "ESP"), Side("Javier Ortega")),
    (Side("Javier Ortega Salinas", "ESP", CEO), Side("Ortega", titles=CEO)),
    (Side("María Fernanda López Reyes"), Side("Maria Fernanda Lopez")),
    (Side("Anna-Karin Lindqvist", "SWE"), Side("Anna Karin Lindqvist")),
    (Side("Ingrid Hallberg", "SWE", ("port director",)), Side("Ms Ingrid Hallberg", "SWE")),
]
CORPORATE_APART = [
    (Side("Javier Ortega Salinas", "ESP"), Side("Javier Ortega Lopez", "ESP")),
    (Side("Erik Lindqvist", "SWE"), Side("Erika Lindqvist", "SWE")),
    (Side("Lars Nilsson", "SWE"), Side("Lars Nilsson", "NOR")),
    (Side("Karin Berg", "SWE", CEO), Side("Karin Borg", "SWE")),
    (Side("Magnus Ekholm", "SWE", CEO), Side("Magnus Ekhalm", "SWE")),
    (Side("Javier Ortega Salinas", "ESP", CEO), Side("Ortega", titles=("union leader",))),
]
_DEFINED = "The Joint Press Directorate (JPD) gave no figures."
ORG_JOIN = [
    (Side("General Staff of the Armed Forces of Kyrgyzstan", type=ORG), Side("Kyrgyzstan's General Staff", type=ORG)),
    (Side("the Kyrgyz General Staff", type=ORG), Side("General Staff of the Armed Forces of Kyrgyzstan", type=ORG)),
    (Side("Sweden's Ministry of Defence", type=ORG), Side("Swedish Defence Ministry", type=ORG)),
    (Side("the Swedish MoD", type=ORG), Side("Sweden's Ministry of Defence", type=ORG)),
    (Side("Iraq's Ministry of Foreign Affairs", type=ORG), Side("Iraqi Foreign Ministry", type=ORG)),
    (Side("India's Ministry of External Affairs", type=ORG), Side("the Indian foreign ministry", type=ORG)),
    (Side("JPD", type="unknown", after=_DEFINED), Side("Joint Press Directorate", type=ORG)),
    (Side("JPD", type=ORG), Side("Joint Press Directorate", type=ORG)),
    (Side("the directorate", type=ORG, after="The Joint Press Directorate said more.",
          others=(("Joint Press Directorate", ORG),)), Side("Joint Press Directorate", type=ORG)),
    (Side("the ministry", type=ORG, after="Sweden's Ministry of Defence said more.",
          others=(("Sweden's Ministry of Defence", ORG),)), Side("Swedish defence ministry", type=ORG)),
    (Side("Election Commission of India", type=ORG), Side("India's Election Commission", type=ORG)),
]
ORG_APART = [
    (Side("Swedish Defence Ministry", type=ORG), Side("Norwegian Defence Ministry", type=ORG)),
    (Side("Iraq's Foreign Ministry", type=ORG), Side("Iraq's Defence Ministry", type=ORG)),
    (Side("the ministry", type=ORG), Side("the ministry", type=ORG)),
    (Side("Kyrgyzstan's General Staff", type=ORG), Side("Tajikistan's General Staff", type=ORG)),
    (Side("Joint Press Directorate", type=ORG), Side("Joint Press Office", type=ORG)),
    (Side("JPD", type="unknown", after=_DEFINED), Side("Joint Planning Division", type=ORG)),
]
JOIN = SOUTH_ASIAN_JOIN + ARABIC_PERSIAN_JOIN + CHINESE_KOREAN_JOIN + CORPORATE_JOIN + ORG_JOIN
APART = SOUTH_ASIAN_APART + ARABIC_PERSIAN_APART + CHINESE_KOREAN_APART + CORPORATE_APART + ORG_APART


@pytest.mark.parametrize(("first", "second"), JOIN, ids=[f"{a.name}={b.name}" for a, b in JOIN])
def test_corpus_names_forms_of_one_name_join_in_either_order(first: Side, second: Side) -> None:
    assert same_actor(first, second)
    assert same_actor(second, first)


@pytest.mark.parametrize(("first", "second"), APART, ids=[f"{a.name}!={b.name}" for a, b in APART])
def test_corpus_names_other_people_and_bodies_stay_apart_in_either_order(first: Side, second: Side) -> None:
    assert not same_actor(first, second)
    assert not same_actor(second, first)


def test_corpus_names_parts_and_word_rules() -> None:
    bharti = parse("Air Marshal A.K. Bharti’s")
    assert bharti.ranks == ("air marshal",) and bharti.words == ("a", "k", "bharti")
    assert parse("Lt-Gen. Rustam Nazarov").ranks == ("lieutenant general",)
    assert parse("RK Mehra").words == parse("R. K. Mehra").words == ("r", "k", "mehra")
    assert parse("Hamid al-Ubaidi").families == parse("Hamid Al Ubaidi").families == ["ubaidi"]
    assert parse("Wang Jianguo").families == ["jianguo", "wang"]  # both orders are possible
    assert parse("Javier Ortega Salinas").families == ["salinas", "ortega"]
    assert parse("Muhammad Aziz").weak and not parse("Muhammad Aziz").bare and parse("Gen. Aziz").bare
    assert compare_words("Ahmed", "Ahmad").one_letter and not compare_words("Mohamed", "Muhammad").one_letter
    assert compare_words("Hussein", "Husain") is not None and compare_words("Hassan", "Hussein") is None
    assert compare_words("Dan", "Don") is None and compare_words("Jane", "June") is None
    m = compare("Lt Gen Rajesh Kumar Mehra", "R.K. Mehra")
    assert m is not None and m.partial and "initials" in m.rules
    assert compare("Wang Jianguo", "Jianguo Wang").rules == ("name order",)
    assert compare("Olaf Scholz", "Olaf Schulz").family_one_letter
    # letters Unicode does not decompose: the Turkish dotless i, the Polish and Croatian stroked letters
    assert compare("Colonel Kemal Aydınlı", "Col. Kemal Aydinli") is not None
    assert compare("Łukasz Wróbel", "Lukasz Wrobel") is not None


def test_corpus_names_reasons_are_recorded_and_explained() -> None:
    with Store(":memory:") as s:
        linker = Linker(s)
        for n, side in enumerate([Side("Lt Gen Rajesh Kumar Mehra", "IND", ("army chief",)), Side("R.K. Mehra"),
                                  Side("Gen. Mehra", titles=("army chief",)), Side("Jianguo Wang", "CHN"),
                                  Side("Wang Jianguo"), Side("Kyrgyzstan's General Staff", type="organization"),
                                  Side("the General Staff of the Armed Forces of Kyrgyzstan", type="organization")]):
            s.add_document(side_doc(n, side), hash=f"h{n}", key=f"k{n}", linker=linker)
        links = {r[0]: json.loads(r[1]) for r in s.db.execute("SELECT name, link FROM actors WHERE id = 'a1'")}
        assert links["R.K. Mehra"]["rule"] == "name variant" and "initials" in links["R.K. Mehra"]["how"]
        assert links["Gen. Mehra"]["rule"] == "surname + title" and links["Gen. Mehra"]["titles"]
        assert links["Wang Jianguo"]["how"] == ["name order"]
        staff = links["the General Staff of the Armed Forces of Kyrgyzstan"]
        assert staff == {"rule": "organisation", "name": "general staff|KGZ"}
        detail = query.actor(s, "Mehra")
        assert detail.name == "Lt Gen Rajesh Kumar Mehra" and {r.rule for r in detail.links} == {
            "full name", "name variant", "surname + title"}
