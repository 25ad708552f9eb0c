"""Blame in short-tenure answers, conditions named as a setting (session 7, round 3): friction
told of a person named just before it (「所長ともうまくいかず」) is blame; 店 names the former
employer (「前の店はブラックだった」); a job that differed from the posting, told alone, is a fact;
a condition noun that only sets the scene of another noun (「夜勤の巡回」) is no condition in a
reverse question, in a motivation, or in the company profile. Sentences written for these tests,
none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.types import Company

BLAME = "negative_reason.blame"
COND = "reverse_question.conditions"
GENERIC = "motivation.generic"
SHORT = "前職を1年未満で退職されていますが、理由を教えてください。"

CARE = Company(
    name="社会福祉法人ひかり苑",
    profile=(
        "グループホーム2か所と小規模多機能型居宅介護を運営。2024年に記録をタブレットへ"
        "切り替え、夜勤の申し送り方法を改めた。理念は「笑顔の時間を増やす」。"
    ),
)


def _codes(answer: str, kind: str, company: Company | None = None) -> set[str]:
    question = SHORT if kind == "short_tenure" else None
    return {f.code for f in analyze(answer, company=company, kind=kind, question=question).findings}


@pytest.mark.parametrize(
    "answer",
    [
        "料理長とはどうしてもうまくいかず、4か月で辞めました。",
        "配属された営業所の支店長と上手くいかなかったので退職しました。",
        "勤めていた店はかなりブラックで、すぐに辞めました。",
        "前の店舗はブラックだったため、2か月で退職しています。",
    ],
)
def test_friction_and_slang_are_blame(answer: str) -> None:
    assert BLAME in _codes(answer, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        # a mismatch with the posting, told alone, is a fact of the job
        "募集のときに聞いていた担当業務と実際の業務が違っていたため、早めに退職しました。",
        # friction denied
        "上司とうまくいかなかったということはなく、介護のために退職しました。現在は家族の協力"
        "が得られ、長く働ける状況です。",
        # the shop named with no judgement
        "前の店では接客とレジを担当しました。親の看病のため退職しましたが、現在は落ち着き、"
        "長く働ける状況です。",
        # friction the candidate worked on
        "料理長とうまくいかない時期もありましたが、毎日の仕込みで相談を重ねて信頼関係を築き"
        "ました。退職は家族の転勤のためで、今後は長く働きたいと考えています。",
        # work that did not go well, no person named
        "新しい機械の操作がうまくいかず、適性を見直して退職しました。現在は資格を取り、長く"
        "働きたいと考えています。",
    ],
)
def test_facts_are_not_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "タブレットに切り替えてから、夜勤の申し送りで変わった点はありますか。",
        "夜勤の記録はどのように工夫されていますか。入職前に覚えておくべき操作はありますか。",
        "夜勤に入るまでに、タブレットの入力方法を覚えておいた方がよいでしょうか。",
    ],
)
def test_night_shift_as_setting_is_no_condition(answer: str) -> None:
    assert COND not in _codes(answer, "reverse_questions", CARE)


@pytest.mark.parametrize(
    "answer",
    [
        "夜勤の回数は減らしていただけますか。",
        "夜勤の手当はいくらですか。また、夜勤明けは休めますか。",
    ],
)
def test_night_shift_asked_for_itself_is_a_condition(answer: str) -> None:
    assert COND in _codes(answer, "reverse_questions", CARE)


def test_profile_sentence_with_a_night_shift_setting_is_knowledge() -> None:
    answer = (
        "父の入院で記録の引き継ぎの大切さを知りました。御社が記録をタブレットに切り替え、"
        "夜勤の申し送り方法を改めたと知り、その仕組みを支える一員になりたいと考えました。"
    )
    assert GENERIC not in _codes(answer, "motivation", CARE)


@pytest.mark.parametrize(
    "answer",
    [
        "介護業界は社会に欠かせない仕事です。御社は経営が安定しており、研修制度も充実して"
        "いるので、長く働けると考えました。",
        "福祉の分野にやりがいを感じています。安定した法人で、資格取得の支援を受けながら成長"
        "したいと思い志望しました。",
    ],
)
def test_industry_stability_and_training_are_generic(answer: str) -> None:
    assert GENERIC in _codes(answer, "motivation", CARE)
