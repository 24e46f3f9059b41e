"""Reading text: the first stage, shared by every later one.

In: a file, an HTML page, a JSONL record or a string. Out: a :class:`~reportedly.text.read.RawDocument`
(the text exactly as given, with its metadata), the debris found in it (banners, bylines, captions,
subheadings as :class:`~reportedly.model.Removed` spans), and a :class:`~reportedly.text.nlp.Parsed`
document: the spaCy parse of the kept paragraphs, with every token mapped back to character offsets
of the original text.

Modules: :mod:`.read` (inputs, checks, the built-in example), :mod:`.debris` (page furniture),
:mod:`.nlp` (the spaCy pipeline and paragraph parsing), :mod:`.tokenizer` (spaCy's tokenizer kept linear
on long runs of punctuation), :mod:`.timex` (time expressions to dates),
:mod:`.places` (the offline gazetteer), :mod:`.lexicons` (the word lists of ``reportedly/data``).
"""
