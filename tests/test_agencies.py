"""The news agency table (data/agencies.tsv): names, aliases and the case rule for short acronyms."""

from __future__ import annotations

from reportedly.text.lexicons import agency


def test_agency_names_and_aliases_give_the_credit_form() -> None:
    assert agency("Agence France-Presse").name == "AFP"
    assert agency("A.P.").name == "AP"
    assert agency("Press Trust of India").name == "PTI"
    assert agency("Reuters").country == "GBR"
    assert agency("Tass").name == agency("TASS").name == "TASS"


def test_short_acronyms_match_only_in_capitals() -> None:
    assert agency("TT") is not None and agency("tt") is None
    assert agency("WAM") is not None and agency("wam") is None
    assert agency("dpa") is not None  # listed in lower case, as the agency writes it
    assert agency("Mr Starmer") is None
