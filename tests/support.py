"""Helpers shared by the test packages (importable: tests/ is on sys.path via the root conftest)."""

from __future__ import annotations

import os
import socket

import pytest

IN_CI = os.environ.get("CI") == "true"


def require(condition: bool, reason: str) -> None:
    """Skip when a real dependency is missing locally; in CI a missing dependency is a failure."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"CI must provide this: {reason}")
    pytest.skip(reason)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free now (for a server a test starts itself)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def no_questions_notice(addressee: str) -> str:
    """A rejection notice that says questions about the result are not answered."""
    return (
        f"{addressee} 様\n\n先日は最終面接にお越しいただき、ありがとうございました。\n"
        "慎重に選考を重ねました結果、誠に残念ながら、今回はご期待に沿いかねる結果となりました。\n"
        "なお、選考の経緯や理由に関するお問い合わせにはお答えいたしかねますので、"
        "あらかじめご了承ください。\n\n株式会社ほしぞら 人事部"
    )


def agent_comments_notice(addressee: str) -> str:
    """An agent's rejection notice that already quotes the company's comments."""
    return (
        f"{addressee} 様\n\nいつもお世話になっております。マイナビエージェントの高橋です。\n"
        "株式会社ふじみ精工様の一次面接の結果について、企業様からご連絡がありました。\n"
        "大変残念ながら、今回はお見送りとのことです。\n\n"
        "企業からのコメント：『志望動機が当社でなければならない理由として伝わらなかった。"
        "また逆質問が待遇面のみだった。』\n\n"
        "引き続き、一緒に頑張りましょう。\n\n"
        "マイナビエージェント キャリアアドバイザー 高橋 由美\n"
        "takahashi@agent2.example.jp\n"
    )
