"""Passphrase strength, estimated with zxcvbn, for live feedback and the app's minimum."""

from __future__ import annotations

from dataclasses import dataclass

# zxcvbn score 3: "safely unguessable", about 10^8 guesses, which with Argon2id at ~0.5 s a
# guess is decades of one machine's time. The app asks for at least this.
MINIMUM_SCORE = 3
MAX_CHECKED = 100  # zxcvbn is slow on very long input; the first 100 characters decide


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (too guessable) .. 4 (very unguessable)
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MINIMUM_SCORE


def estimate(passphrase: str, hints: tuple[str, ...] = ()) -> Strength:
    """`hints` are words the passphrase should not lean on (the profile name, the app's)."""
    if not passphrase:
        return Strength(0, "", ())
    from zxcvbn import zxcvbn  # its word lists take a while to load: only when first needed

    result = zxcvbn(passphrase[:MAX_CHECKED], user_inputs=[*hints, "volunteer", "logbook"])
    feedback = result.get("feedback", {})
    return Strength(
        score=int(result["score"]),
        warning=str(feedback.get("warning") or ""),
        suggestions=tuple(str(s) for s in feedback.get("suggestions") or ()),
    )
