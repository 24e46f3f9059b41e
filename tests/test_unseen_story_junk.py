"""Junk actors and splits that an unseen story brings, on short reports of our own (people, bodies and outlets
invented; issue 18): writers named without 'By', a note on the author, a label with its date before a colon, a
share's ticker, anonymous people, French and Portuguese terms of address, a country name of five words, a
ministry of two portfolios, and a country adjective that says where a thing came from."""

from __future__ import annotations

from reportedly import extract
from reportedly.corpus.report_bodies import countries_in, named
from reportedly.corpus.titles import org_body
from reportedly.text.author_lines import place_byline
from reportedly.text.debris import author_note
from tests.actorhelp import apart, listed_actors, listed_names, together

SIGNED = (
    "Reservoir row deepens as farmers wait for water\n\n"
    "Oskar Vellamo in Tartu, Mirela Dancu in Iasi and Tomas Berg in Oslo\n\n"
    "The Valdora water agency said on Monday that the reservoir held 40% less water than a year ago. "
    "\"We release what the river gives us,\" said Petra Lindqvist, the agency's spokeswoman.\n\n"
    "Shares of grain trader Norvest Agro, which trade as NVAG3 on the exchange, fell 4%. A person familiar with "
    "the talks said experts would visit the dam. \"Nobody has come,\" said one trader in the port.\n\n"
    "Correction, July 7: An earlier version of this article said the reservoir was 60% lower.\n\n"
    "Mirela Dancu covers energy and water for the Danube Courier."
)


def test_writers_named_without_by_are_bylines_and_no_actors() -> None:
    doc = extract(SIGNED)
    removed = {r.text: r.kind for r in doc.removed}
    assert removed["Oskar Vellamo in Tartu, Mirela Dancu in Iasi and Tomas Berg in Oslo"] == "byline"
    assert removed["Mirela Dancu covers energy and water for the Danube Courier."] == "byline"
    names = {a.name for a in doc.actors}
    assert not {"Oskar Vellamo", "Mirela Dancu", "Tomas Berg"} & names
    assert "Petra Lindqvist" in names  # the one who speaks stays


def test_only_name_lines_and_closing_notes_are_bylines() -> None:
    assert place_byline("Ana Luísa de Souza in Recife, Tomas Berg in Oslo")
    assert not place_byline("Anger grows in Valdora")  # a subheading: one capitalised word before 'in'
    assert not place_byline("The Talks in Doha")
    assert not place_byline("Oskar Vellamo in Tartu said the dam was closed.")  # a sentence
    assert author_note("Rein Kallas is a former diplomat who writes on the Baltics.", near_end=True)
    assert not author_note("Rein Kallas is a former diplomat who writes on the Baltics.", near_end=False)
    assert not author_note("The Valdora Port Authority covers 13 km of quay.", near_end=True)
    assert not author_note("Petra Lindqvist is the head of the agency.", near_end=True)


def test_label_with_date_ticker_and_anyone_are_no_actors() -> None:
    names = listed_names(SIGNED)
    assert not {"Correction", "NVAG3", "person", "one trader"} & names
    assert "Norvest Agro" in names or any("Norvest" in n for n in names)


def test_french_and_portuguese_terms_of_address_come_off_a_name() -> None:
    first = ("Talks resume in Lunara\n\nForeign Minister Odile Kanyinda Mwamba said on Monday the talks would "
             "resume. \"We are ready,\" Mme Kanyinda said.\n\nMgr Bertrand Lusamba Nkoy, the bishop of Kasenga, "
             "asked both sides to spare civilians.")
    second = ("Bishop pleads for corridor\n\nMonseigneur Bertrand Lusamba, the bishop of Kasenga, asked for a "
              "corridor. Sr. Jairo Pereira Lemos Filho, a rancher, said prices had fallen. \"We are paying for it,\" "
              "said Sr. Jairo Pereira Lemos Filho.")
    found = listed_actors(first, second)
    assert [a.name for a in found if "Kanyinda" in a.name] == ["Odile Kanyinda Mwamba"]  # 'Mme Kanyinda' is she
    assert together(found, "Bertrand Lusamba Nkoy", "Bertrand Lusamba")
    names = {n for a in found for n in (a.name, *a.aliases)}
    assert not any(n.startswith(("Mme ", "Monseigneur ", "Mgr ", "Sr. ")) for n in names)


def test_two_people_of_one_surname_stay_apart_with_a_term_of_address() -> None:
    text = ("Ceasefire frays\n\nForeign Minister Odile Kanyinda said the rebels had broken the truce. The rebels' "
            "spokesman, Colonel Didier Kanyinda, said the army fired first. \"We answered,\" Colonel Kanyinda said."
            "\n\nMme Kanyinda said she had asked the regional bloc to act.")
    found = listed_actors(text)
    assert apart(found, "Odile Kanyinda", "Didier Kanyinda")


def test_country_names_of_five_words_are_read_whole() -> None:
    assert org_body("Armed Forces of the Democratic Republic of the Congo") == ("armed forces", "COD")
    assert org_body("Armed Forces of the Democratic Republic of Congo") == ("armed forces", "COD")
    assert org_body("Republic of the Congo army")[1] == "COG"  # the other Congo stays itself


def test_a_ministry_of_two_portfolios_is_the_ministry_of_the_first() -> None:
    assert org_body("Uruguay's Ministry of Agriculture and Livestock") == org_body("Uruguay's agriculture ministry")
    assert org_body("Ministry of Trade and Industry")[0] == "trade ministry"
    assert org_body("Ministry of Culture and Sport")[0] != "culture ministry"  # not a portfolio of the table
    # a kind of ministry every country has names no one body, however many capitals it is written with
    assert not named("agriculture ministry", "Ministry of Agriculture and Rural Affairs")
    assert named("norvest agro", "Norvest Agro")


def test_two_countries_agriculture_ministries_stay_apart() -> None:
    first = ("Uruguay halts beef imports\n\nMONTEVIDEO (Reuters) - Uruguay's Ministry of Agriculture and "
             "Fisheries said it had suspended beef imports from Norvest Agro. Norvest said its tests were clean.")
    second = ("Beijing: The Ministry of Agriculture and Rural Affairs said separately that the supply of beef was "
              "sufficient and that prices would stay stable.")
    found = listed_actors(first, second)
    assert apart(found, "Uruguay's Ministry of Agriculture and Fisheries", "Ministry of Agriculture and Rural Affairs")


def test_a_country_adjective_before_a_thing_is_no_bodys_country() -> None:
    assert countries_in("the agriculture ministry had received a Chinese warning in January") == frozenset()
    assert countries_in("an Indian drone hit the depot") == frozenset()
    assert countries_in("a Chinese official said the ministry had acted") == {"CHN"}  # a person of that country
    assert countries_in("Chinese customs said the results stood") == {"CHN"}


def test_a_body_where_a_briefing_is_held_is_no_actor_and_shells_are_weapons() -> None:
    from reportedly.attribution.agents import thing_kind
    from reportedly.corpus.not_actors import not_an_actor
    from tests.actorhelp import actor_in

    text = ("Shelling kills traders\n\nShells struck a crowded market in Lunara on Sunday. \"Lunara remains under "
            "our control,\" the government spokesman, Didier Okafor Banza, told a press conference at the Ministry "
            "of Information and Media.")
    a, doc = actor_in(text, "Ministry of Information and Media", "organization", "2026-03-02")
    assert not_an_actor(a, doc) == "building"
    worker = ("Rail strike\n\nNina Berg, a researcher at the Institute of Transport Studies, said the strike was "
              "legal.")
    b, doc2 = actor_in(worker, "Institute of Transport Studies", "organization", "2026-03-02")
    assert not_an_actor(b, doc2) is None  # where someone works, not where something happened
    assert thing_kind("Shells", "ORG") == "weapon"
    assert thing_kind("Shell", "ORG") is None  # the company keeps its name


def test_a_given_name_cut_from_a_longer_name_is_no_well_known_surname() -> None:
    from reportedly.corpus.actors import Linker
    from reportedly.corpus.store import Store
    from tests.actorhelp import actor_in

    cut = ("Who is who\n\nThe State Department in Washington said the talks would resume. Its political leader is "
           "Jean-Pierre Okito Lumbu, a former provincial deputy.")
    alone = ("Briefing\n\nThe State Department in Washington said the talks would resume, Jean-Pierre told "
             "reporters.")
    with Store(":memory:") as s:
        linker = Linker(s)
        a, doc = actor_in(cut, "Jean-Pierre", "organization", "2024-03-02")
        assert linker._known_surname(a, "Jean-Pierre", doc) is None  # the recogniser cut 'Jean-Pierre Okito Lumbu'
        b, doc2 = actor_in(alone, "Jean-Pierre", "person", "2024-03-02")
        d = linker._known_surname(b, "Jean-Pierre", doc2)
        assert d is not None and d.evidence["person"] == "Karine Jean-Pierre"  # a surname alone still may be hers


def test_a_role_with_a_word_the_holders_title_lacks_is_not_that_holder() -> None:
    first = ("Government rejects claim\n\nKASENGA (Reuters) - \"The town remains under our control,\" the government "
             "spokesman, Anselme Kitoko Ndala, told reporters on Monday. Kitoko said the army held the bridge.")
    second = ("Rebels deny pledge\n\nWithin hours the rebels' military spokesman said no such thing had been "
              "promised. \"We will not withdraw from a single position,\" the rebels' military spokesman said.")
    third = ("Government speaks\n\nThe government spokesman said the talks would go on.")
    found = listed_actors(first, second, third)
    kitoko = next(a for a in found if a.name.startswith("Anselme Kitoko"))
    assert not any("military" in n for n in kitoko.aliases)  # the rebels' spokesman is someone else


def test_a_name_with_no_capital_letter_is_no_name() -> None:
    brief = ("Produtores bloqueiam acesso ao porto de Itajaí\n\n"
             "Itajaí (SC) – Produtores e caminhoneiros bloquearam na manhã desta quinta-feira (14) o acesso ao porto "
             "de Itajaí em protesto contra a suspensão das exportações de frango pela Coreia do Sul.\n\n"
             "O ministro da Pesca, Renato Albuquerque Lins, disse que conversará com o embaixador coreano.")
    doc = extract(brief)
    names = {a.name for a in doc.actors}
    assert not any(len(n.split()) > 1 and not any(c.isupper() for c in n) for n in names), names


def test_subscription_prompts_and_desk_credits_are_boilerplate() -> None:
    text = ("LIVE: Talks resume in Lunara\n\n"
            "Our live coverage of the talks in Lunara. By the Sahel Affairs desk.\n\n"
            "Foreign Minister Odile Kanyinda said the talks would resume on Monday.\n\n"
            "Sign up for the Harbour Post's Evening Digest, sent every Friday. By subscribing you agree to our terms.")
    doc = extract(text)
    removed = {r.text for r in doc.removed if r.kind == "boilerplate"}
    assert "By the Sahel Affairs desk." in removed
    assert any(r.startswith("Sign up for the Harbour Post's Evening Digest") for r in removed)
    names = {a.name for a in doc.actors}
    assert not {"Sahel Affairs", "Harbour Post's Evening Digest"} & names
    assert not any("Digest" in n for n in names)
