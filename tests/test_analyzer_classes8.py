"""Error classes of the answer analyzer found on blind set 8 (issue 10), each as a general rule,
with hard negatives that must stay as they are. Sentences written for these tests (several
styles: spoken, written ES, new graduates, mid-career, career-site examples)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"


def _codes(answer: str, *, question: str | None = None, kind: str | None = None, **kw) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind, **kw).findings}


# ---------------------------------------------------------------- 1. off_topic, precision
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # problem → own measure → measured result; 「N年後には」 tells when the result came
        (
            "自己PRをお願いします。",
            "特別養護老人ホームで働いていたとき、夜勤帯の離職が続き、シフトが回らなくなって"
            "いました。私は夜勤者の負担を聞き取り、仮眠時間を交代で必ず取れるよう勤務表の組み方を"
            "変えました。1年後には夜勤者の離職がゼロになりました。",
        ),
        (
            "あなたの強みを教えてください。",
            "工場の三交代勤務で、夜勤明けの検品漏れが目立っていました。チェック表を見直して、"
            "疲れやすい時間帯の検品を二人で確認する形に変えたところ、3年後には不良の流出が年間で"
            "一件もなくなりました。",
        ),
        (
            "自己PRをしてください。",
            "グループホームで、入居者の方が夕方になると落ち着かなくなることが課題でした。"
            "一人ひとりの生活歴を調べ、夕方に昔の仕事に近い作業をしていただく時間を作ったところ、"
            "半年後には夕方の声かけの回数が半分になりました。",
        ),
        (
            "学生時代に力を入れたことを教えてください。",
            "居酒屋のアルバイトで、深夜帯の新人が定着しないことが課題でした。"
            "私は新人向けの手順表を作り、最初の三回は必ず先輩と同じシフトに入れるよう店長に"
            "提案しました。2年後にはその店の新人の離職がなくなりました。",
        ),
        # the employer changed its direction; the candidate accepts it and says what is next
        (
            "退職理由を教えてください。",
            "所属していた開発部が縮小され、新規の開発はなくなり、既存システムの保守が主な仕事に"
            "なりました。会社の経営判断としては理解しています。ただ、私はこれからも新しいサービス"
            "を一から作る仕事に携わりたいと考え、御社のように自社開発に力を入れている会社で"
            "働きたいと思いました。",
        ),
        (
            "転職理由は何ですか。",
            "前の会社は事業の方針が変わり、私のいた企画部門は営業支援の部署に統合されました。"
            "与えられた役割にも学ぶことは多くありましたが、やはり商品企画の仕事を続けたいという"
            "気持ちが強く、企画職として御社で力を発揮したいと考えています。",
        ),
        (
            "なぜ転職しようと思ったのですか。",
            "会社の方針で、店舗の新規出店が止まり、私の担当していた出店準備の仕事がなくなりました。"
            "今は既存店の運営管理を担当していますが、新しい店をゼロから立ち上げる仕事にもう一度"
            "挑戦したいと思い、出店を続けている御社に応募しました。",
        ),
        (
            "転職を考えた理由を教えてください。",
            "親会社の判断で、自社製品の開発から受託開発中心の体制に切り替わりました。会社としては"
            "合理的な判断だと思いますし、受託の仕事でも学べることはありました。それでも、自社の"
            "製品を長く育てていく仕事がしたいと考え、御社を志望しています。",
        ),
        (
            "前職を辞めようと思ったのはなぜですか。",
            "うちの部署、去年から新しい案件を取らなくなって、ほぼ既存のお客さんの運用だけに"
            "なったんです。それはそれで仕方ないと思ってます。でも自分はやっぱり提案から関われる"
            "仕事がしたくて、御社なら上流から携われると思いました。",
        ),
    ],
)
def test_an_answer_in_its_own_words_is_not_off_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question=question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a plan for the future instead of a self-PR
        (
            "自己PRをお願いします。",
            "5年後には御社の店舗で店長を任されるようになっていたいと考えています。"
            "そのために販売の経験を積んでいきたいです。",
        ),
        # why one left, answered only with why this company
        (
            "退職理由を教えてください。",
            "御社の製品が昔から大好きで、いつか御社で働きたいと思っていました。"
            "御社の商品開発に携わりたいです。",
        ),
        # 御社 changing is no reason for leaving the former employer
        (
            "転職理由を教えてください。",
            "御社は昨年から事業の方針を変えられ、海外展開に力を入れています。"
            "御社の新しい挑戦に加わりたいと思いました。",
        ),
    ],
)
def test_an_answer_to_another_question_stays_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question=question)
