"""A survey's results per question, overall and per sub-area, shown only for groups of at least five answers."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from establishments.models import SubArea

from .models import MINIMUM_GROUP, Question, QuestionKind, Survey, SurveyAnswer


@dataclass
class GroupResult:
    label: str
    count: int
    mean: float | None = None
    distribution: list[tuple[str, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    @property
    def is_shown(self) -> bool:
        return self.count >= MINIMUM_GROUP


@dataclass
class QuestionResult:
    question: Question
    overall: GroupResult
    sub_areas: list[GroupResult]


def _group(label: str, question: Question, answers: list[SurveyAnswer], *, with_texts: bool) -> GroupResult:
    result = GroupResult(label=label, count=len(answers))
    if not result.is_shown:
        return result
    if question.kind in (QuestionKind.SCALE, QuestionKind.RECOMMEND):
        numbers = [answer.number for answer in answers if answer.number is not None]
        result.mean = round(sum(numbers) / len(numbers), 2) if numbers else None
        low, high = (1, 5) if question.kind == QuestionKind.SCALE else (0, 10)
        counts = Counter(numbers)
        result.distribution = [(str(value), counts.get(value, 0)) for value in range(low, high + 1)]
    elif question.kind == QuestionKind.CHOICE:
        counts = Counter(answer.choice for answer in answers if answer.choice is not None)
        result.distribution = [(text, counts.get(index, 0)) for index, text in enumerate(question.choices)]
    elif with_texts:
        result.texts = sorted(answer.text for answer in answers if answer.text)
    return result


def survey_results(*, survey: Survey, with_texts: bool) -> list[QuestionResult]:
    """Return each question's results overall and per sub-area; open answers only when `with_texts` (editors)."""
    answers: dict[int, list[SurveyAnswer]] = defaultdict(list)
    for answer in (
        SurveyAnswer.objects.filter(response__survey=survey)
        .select_related("response")
        .only("question_id", "number", "choice", "text", "response__sub_area")
    ):
        answers[answer.question_id].append(answer)
    results = []
    for question in survey.questions.all():
        found = answers.get(question.pk, [])
        per_area = [
            _group(
                str(label), question, [answer for answer in found if answer.response.sub_area == code], with_texts=False
            )
            for code, label in SubArea.choices
        ]
        results.append(QuestionResult(question, _group("", question, found, with_texts=with_texts), per_area))
    return results
