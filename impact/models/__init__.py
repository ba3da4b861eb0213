"""The impact app's models, one module per concept."""

from .indicators import (
    Contribution,
    Direction,
    FunderKind,
    Indicator,
    IndicatorValue,
    IndicatorVersion,
    Period,
    ReviewStatus,
    Source,
    Subsidy,
    Unit,
)
from .stories import Story
from .surveys import (
    MINIMUM_GROUP,
    Question,
    QuestionKind,
    Survey,
    SurveyAnswer,
    SurveyInvitation,
    SurveyResponse,
    SurveyStatus,
)

__all__ = [
    "MINIMUM_GROUP",
    "Contribution",
    "Direction",
    "FunderKind",
    "Indicator",
    "IndicatorValue",
    "IndicatorVersion",
    "Period",
    "Question",
    "QuestionKind",
    "ReviewStatus",
    "Source",
    "Story",
    "Subsidy",
    "Survey",
    "SurveyAnswer",
    "SurveyInvitation",
    "SurveyResponse",
    "SurveyStatus",
    "Unit",
]
