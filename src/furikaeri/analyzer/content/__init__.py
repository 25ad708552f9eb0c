"""What the answer says (formerly detect_content.py), one module per topic:

- motivation.py: motivation.generic (nothing of this company), reading knowledge.py (how much
  of the answer shows knowledge of this company), profile.py (what a company profile tells),
  slogans.py (a slogan named) and conditions.py (working conditions and benefits);
- self_pr.py: self_pr.abstract and self_pr.no_result, reading actions.py (the candidate's own
  concrete actions), episodes.py (one past event, a setback, a result) and predicates.py
  (a predicate negated, attributive, passive), which the demands read too.
"""
