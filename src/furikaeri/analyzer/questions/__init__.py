"""The candidate's 逆質問 (reverse_question.*: reverse.py, with the readings of conditions,
researchable and stated facts it uses) and answers that miss the question
(communication.off_topic: offtopic.py, with topics.py and declaration.py)."""
