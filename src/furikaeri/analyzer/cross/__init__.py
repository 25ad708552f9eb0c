"""An answer to another question is judged as that question too (data/cross.toml).

An interviewer who asks for a failure and hears a strengths speech hears a self-PR with no
episode as well; one who asks for a five-year plan and hears complaints about the current
employer hears blame. So an answer found off-topic is read for what it answers instead, by that
kind's own detector (self_pr.abstract, motivation.generic, negative_reason.blame), with its
evidence and advice. Only off-topic answers are read so: another kind's checks never run on an
answer that addresses its question.

Also here, because they are read the same way: off-topic answers the topic logic does not see
(a plan or a lesson answered only with complaints; a motivation told as student days; a short
stay left unexplained by a self-PR or a motivation), and blame in a motivation.

judgement.py is the entry (judged, reads_words); table.py reads data/cross.toml; misses.py,
wording.py, answers.py and employer.py the readings it uses.
"""
