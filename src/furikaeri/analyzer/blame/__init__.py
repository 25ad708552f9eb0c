"""negative_reason.blame read from the structure of the sentence, not from a phrase list:

- a negative evaluation (polarity dictionary) in a clause that names the former employer, its
  people, the pay, the hours or the work given (concepts with Sudachi synonym groups);
- a positive one negated there (評価されない, 将来性を感じられず);
- pay that is low or does not rise, hours or load that are high;
- 〜てくれない / 〜てもらえない: what others did not do for the candidate;
- the passive of suffering (叱責される, 押し付けられる, 上司に怒られる);
- 〜ばかり after a negative noun or a passive (雑務ばかり, 怒られてばかり).

A clause that states a wish (〜たい) is about the future, not a complaint; a complaint followed
by a concession and the candidate's own action on it (「…でしたが、手順を見直し…」) is context.

targets.py reads the clauses and what they name; evaluation.py and suffering.py the ways a
clause complains; complaints.py puts them together (complaint_spans, friction_spans).
"""
