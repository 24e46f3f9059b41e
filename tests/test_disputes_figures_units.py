"""Figures the counter-claims compare, in units and wordings our own invented reports use: tonnes held at a port,
money in a currency named after the number ('2.5 billion pesos'), a decimal figure after 'put ... at', and
'half a million' as one figure (written for reportedly; no story's names)."""

from __future__ import annotations

from reportedly.corpus.propositions import conflicting, numbers, quantities
from reportedly.corpus.wording import _put_at


def _q(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.measure) for q in quantities(text)]


def test_tonnes_held_are_a_volume_and_two_values_conflict() -> None:
    a = quantities("Some 74,000 tonnes of copper ore bound for Korea were being held at the port of Antofagasta")
    b = quantities("about 39,000 tonnes of ore from the suspended mines are affected")
    assert [(q.value, q.measure) for q in a] == [(74000.0, "volume")]
    assert [(q.value, q.measure) for q in b] == [(39000.0, "volume")]
    assert conflicting(a[0], b[0])


def test_a_tonnage_that_describes_a_thing_is_no_count() -> None:
    # 'a 40-tonne lorry' says what the lorry is, not how much of anything was held
    assert _q("a 40-tonne lorry overturned on the bypass, killing three") == [(3.0, "dead")]


def test_money_named_by_its_currency_after_the_number() -> None:
    assert _q("the firm estimated its losses at 2.7 billion pesos") == [(2700000000.0, "money")]
    assert _q("analysts put the bill at 6.1 billion rupiah") == [(6100000000.0, "money")]
    # a toll named by 'losses' with no currency stays a toll
    assert _q("the army put its losses at 14 soldiers") == [(14.0, "dead")]


def test_half_a_million_is_one_figure() -> None:
    assert _q("half a million passengers were stranded on Monday") == [(500000.0, "aboard")]
    assert numbers("Half a million people fled") == [500000.0]
    # other figures with a multiplier read as before
    assert _q("1.5 million people had fled their homes") == [(1500000.0, "displaced")]
    assert _q("a million people had fled their homes") == [(1000000.0, "displaced")]


def test_a_decimal_figure_after_put_at_is_read_whole() -> None:
    m = _put_at().search("The Cordova Mining Group estimated its losses at 1.8 billion pesos if the ban lasted.")
    assert m is not None and m.group("n").startswith("1.8 billion pesos")
    # a full stop that ends the sentence still ends the figure
    m = _put_at().search("Police put the turnout at 80. Organisers said more came.")
    assert m is not None and m.group("n") == "80"
