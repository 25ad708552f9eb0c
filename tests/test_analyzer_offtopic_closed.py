"""A closed question (whether one can, has used or knows something; when one can start) answered
with another known topic — a strength, a record, a motivation — and nothing of its own words nor
its point is off-topic (communication.off_topic); a yes or no that then relates it, the point
answered in other words (大丈夫, 問題ありません), the thing named outright, or an open question
answered on its own terms, is not. Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"


def _off(question: str, answer: str) -> bool:
    found = analyze(answer, question=question, kind="other").findings
    return any(f.code == OFF for f in found)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a self-PR for whether one knows or used the product
        (
            "当社のアプリはご存じですか。",
            "はい、私は大学で情報工学を専攻しており、プログラミングには自信があります。特にPythonを"
            "使ったデータ分析を得意としております。",
        ),
        # the verb of the question used on another object of one's own
        (
            "当社の製品を使ったことはありますか。",
            "はい、私は大学で情報工学を専攻しており、Pythonを使ったデータ分析には自信があります。",
        ),
        # a strength declared for whether one can do overtime or move
        (
            "残業が発生することもありますが、大丈夫ですか。",
            "はい、私の長所は計画性です。大学ではゼミの研究発表に向けて、毎週の進捗を表にして管理"
            "していました。",
        ),
        (
            "転勤は可能ですか。",
            "私の強みは環境への適応力です。大学時代は留学先で半年間、現地の学生と共同研究に取り組み"
            "ました。",
        ),
        # a record or a weakness for when one can start
        (
            "入社はいつ頃から可能ですか。",
            "前職では法人営業として5年間、中小企業向けに会計ソフトを提案してきました。売上目標は毎年"
            "達成しております。",
        ),
        (
            "いつから勤務できますか。",
            "私の短所は心配性なところです。ただ、その分準備を入念に行うよう心がけています。",
        ),
        # a yes said alone, then another topic's hallmark
        ("土日の勤務は可能ですか。", "はい。私の強みは体力です。"),
        # a licence asked, a self-PR told
        (
            "普通自動車免許はお持ちですか。",
            "はい、私は大学で情報工学を専攻しており、プログラミングには自信があります。",
        ),
        # a role told, then an ability claimed (merits), for whether one tried the goods
        (
            "うちの商品、使ってみたことあります？",
            "えっと、僕はゼミで代表をやっていて、十人の意見をまとめてました。人の話を聞くのは得意です。",
        ),
        # a motivation declared for whether one visited the shop
        (
            "弊社の店舗に行かれたことはありますか。",
            "御社を志望した理由は、地域の食卓を支える仕事に携わりたいと考えたからです。",
        ),
    ],
)
def test_closed_question_answered_elsewhere_is_off_topic(question: str, answer: str) -> None:
    assert _off(question, answer)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # yes or no, then related
        (
            "当社の製品を使ったことはありますか。",
            "はい、私は毎日使っています。特に一覧画面が見やすいです。",
        ),
        (
            "当社の製品を使ったことはありますか。",
            "はい、大学の研究室で御社の計測器を使っており、操作の分かりやすさに驚きました。",
        ),
        (
            "当社の製品を使ったことはありますか。",
            "いいえ、ありません。ですが、私は大学で情報工学を専攻しており、入社までに一通り触れて"
            "おきたいと考えています。",
        ),
        (
            "弊社のアプリはご存じですか。",
            "はい、存じております。毎朝の通勤中に家計簿の機能を利用しています。",
        ),
        (
            "英語は話せますか。",
            "はい、前職で海外の取引先と毎日メールや電話でやり取りしてきました。",
        ),
        (
            "弊社のアプリはご存じですか。",
            "はい、アプリを毎日使っていて、特に地図の機能が便利だと感じています。",
        ),
        (
            "普通自動車免許はお持ちですか。",
            "はい、大学2年生のときに取得しました。私は運転には自信があります。",
        ),
        # the honorific compound of the question (ご利用) taken up by its part (使う, 利用)
        (
            "当社のサービスをご利用になったことはありますか。",
            "利用したことはございませんが、説明会の後に体験版を試し、画面の分かりやすさを実感しました。",
        ),
        # a filler before the yes
        (
            "うちのアプリって使ったことあります？",
            "あ、はい、あります。友達に勧められて、去年からずっと入れてます。",
        ),
        # the point answered in other words, a strength after it
        (
            "休日出勤は可能ですか。",
            "はい、繁忙期であれば問題ありません。前職でも月に一度ほど土曜日に出社していました。",
        ),
        ("休日出勤は可能ですか。", "家庭の事情で難しいのですが、平日の残業であれば対応できます。"),
        (
            "転勤は可能ですか。",
            "はい、可能です。私の強みは環境への適応力で、留学先でもすぐに生活に慣れました。",
        ),
        ("残業が発生することもありますが、大丈夫ですか。", "はい、大丈夫です。"),
        # when: a time, or the question's own word
        (
            "入社可能時期はいつ頃ですか。",
            "現職の引き継ぎがあるため、内定をいただいてから二か月後を想定しております。",
        ),
        (
            "入社はいつ頃から可能ですか。",
            "来年の4月からです。現在の職場で後任への引き継ぎを進めております。",
        ),
        # the thing asked named outright, a record after it
        (
            "座右の銘はありますか。",
            "はい、『継続は力なり』です。高校から10年間、毎朝ランニングを続けてきました。",
        ),
        (
            "尊敬する人はいますか。",
            "父です。私は父の背中を見て育ち、責任感の強さには自信があります。",
        ),
        # open questions, answered on their own terms
        (
            "学生時代に力を入れたことは何ですか。",
            "私は大学で情報工学を専攻しており、プログラミングに力を入れてきました。特にPythonを"
            "使ったデータ分析に取り組み、ゼミで発表しました。",
        ),
        (
            "これまでのご経験の中で、弊社で活かせそうなことはありますか。",
            "店長として、アルバイト15名の育成を担当してきました。御社でもこの経験を活かせると思います。",
        ),
        ("前職で印象に残っている出来事は？", "お客様から「あなたに任せるよ」と言われたことです。"),
    ],
)
def test_closed_question_answered_is_not_off_topic(question: str, answer: str) -> None:
    assert not _off(question, answer)
