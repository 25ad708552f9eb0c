"""What a question asks an answer to contain, by the form of the question (topics.toml
[demands]): an answer that stays near the topic but never gives it "talks around" the question
(communication.off_topic).

- episode: an own past action (「どう対応しましたか」, a ガクチカ, a failure, a conflict):
  a sentence told in the past whose verb is the candidate's concrete action, not a stance
  (「尊重することが大切だと思います」), a habit (常に…), effort words (頑張る) or the passive;
- method: an action of the candidate's, in any tense (「走ることでリフレッシュしています」),
  in a sentence that does not end in a stance (「学び続けることが大切です」);
- reason: a reason of one's own (a cause, a wish, something that happened), not only a
  description of the job chosen (「やりがいのある仕事です」).

Read from the answer's words (Sudachi part of speech and normalized forms), no second
tokenization; only answers that already address the topic by its words are read.

forms.py reads the form of question and its demand; verbs.py the candidate's acts;
hardships.py, plans.py and changes.py what some topics ask besides (a hardship, an act
ahead, a change of the former workplace).
"""
