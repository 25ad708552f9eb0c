"""The reader's own inquiry taken up by the writer (no reverse question), questions answered by
the company's site told in the sentence after them, a person told as fitting better, the
choice done (a comparison), an agent's list with each title on its own line (the comment
under a title is of it), the decision made by feel and telling which point decided told as
hard (refusals), what the candidate holds granted as the ground of advice (no point), and another
applicant's grasp of the company (theirs, no motivation of the reader's), and the words a
remedy advises saying, quoted (no claim of the candidate's). Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the feedback request itself, answered or to be talked over: no reverse_question
        (
            "頂いたご質問については、改めてお電話でご説明したく存じます。ご都合をお知らせください。",
            "other",
            [],
        ),
        (
            "ご質問いただいた内容につきまして、お答えいたします。"
            "今回は入社時期が合わず、見送りとさせていただきました。",
            "feedback",
            [],
        ),
        # near-miss: the candidate's questions at the interview, judged
        (
            "最後にいただいたご質問は、休日や手当についてのものばかりでした。",
            "feedback",
            ["reverse_question"],
        ),
        # the questions told in one sentence, the site that answers them in the next
        (
            "面接の最後に「社員数は何人ですか」「本社はどこですか」とのご質問がありました。"
            "どちらも採用ページに記載している情報でしたので、少し残念でした。",
            "feedback",
            ["reverse_question"],
        ),
        # near-miss: the reader pointed to the site
        (
            "面接の最後に、研修制度についてご質問をいただきました。"
            "それは採用サイトにも載せておりますので、よろしければご覧ください。",
            "other",
            [],
        ),
        # the decision made by feel: no reason to give (the 説明できない is the writer's)
        (
            "メールありがとね。うちは結局、最後は直感で選んじゃうから、何がよくなかったのかうまく"
            "説明できないんだ。",
            "declined",
            [],
        ),
        # near-miss: the feel denied, a cause told
        (
            "勘で決めたわけではなくて、志望動機がどこの会社にも言える内容だったのが気になったんだ。",
            "feedback",
            ["motivation"],
        ),
        # telling which point decided, told as hard for the writer: a refusal
        (
            "当社では経験、人柄、意欲など複数の観点で評価しております。どの点が結果を左右したかを"
            "個別にお伝えすることは難しく、ご容赦ください。",
            "declined",
            [],
        ),
        # an agent's list, each title on its own line, the comment under it
        (
            "お世話になっております。\n先方のコメントです。\n\n①自己PR\n強みとして挙げられた"
            "粘り強さについて、裏づけるお話が出てこなかったとのことです。\n\n②逆質問\n"
            "「特にございません」とお答えになり、やや物足りなかったそうです。",
            "feedback",
            ["self_pr", "reverse_question"],
        ),
        # near-miss: the titles praised under them
        (
            "先方のコメントです。\n\n1. 志望動機\n同社の製品への思いが具体的で、好印象だったそう"
            "です。\n\n2. 受け答え\nハキハキとしていて聞きやすかったとのことです。",
            "feedback",
            [],
        ),
        # what the candidate holds granted as the ground of the advice: no skills point
        (
            "質問の意図とずれたお答えが何度かありました。会計の知識は十分お持ちだと存じますので、"
            "聞かれたことに一言で答えることを意識されるとよいのではないでしょうか。",
            "feedback",
            ["communication"],
        ),
        # near-miss: the knowledge told short
        (
            "質問の意図とずれたお答えが何度かありました。また、会計の知識が当社の求める水準に"
            "届いていないと判断いたしました。",
            "feedback",
            ["communication", "skills"],
        ),
        # the other applicant's grasp of the company: theirs, no motivation of the reader's
        (
            "ご熱意は十分伝わっておりました。今回は、当社の製品や理念を深く理解されている"
            "以前の取引先の方からご応募があり、比較の上で判断いたしました。",
            "feedback",
            ["relative"],
        ),
        # near-miss: the reader's motivation judged, a comparison too
        (
            "志望動機がどの会社にも当てはまる内容で、当社を選ぶ理由が見えませんでした。"
            "また、経験の長い方からもご応募があり、比較の上で判断いたしました。",
            "feedback",
            ["motivation", "relative"],
        ),
        # the words a remedy advises saying first, quoted: no claim of the candidate's
        (
            "お話が長く、要点が伝わりにくい場面がありました。冒頭で「私は店長として売上管理を"
            "担当しました」と一言いただき、その後に具体例を添えていただけると、より伝わったと"
            "思います。",
            "feedback",
            ["communication"],
        ),
        # another person as the subject of the choice, in the passive
        (
            "最終的には、現場の事情に通じた派遣社員出身の方が採用されたと伺っております。",
            "feedback",
            ["relative"],
        ),
        # near-miss: who is usually chosen, no choice done
        (
            "例年、経験のある方が採用される傾向にあります。",
            "other",
            [],
        ),
        # someone fitting better, chosen
        (
            "お人柄は魅力的でしたが、当社の少人数体制とは合わないと感じました。"
            "そのため、よりマッチした方を採用いたしました。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        (
            "技術は確かだけど、うちの現場の空気とは少し違うかなと。それで、もっと馴染めそうな子に"
            "お願いしたんだ。",
            "feedback",
            ["culture_fit", "relative"],
        ),
        # near-miss: the better fit only sought, no one chosen
        (
            "当社の方向性とは異なると判断いたしました。より当社にフィットする方を探しております。",
            "feedback",
            ["culture_fit"],
        ),
    ],
)
def test_reply_s19_replies5(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
