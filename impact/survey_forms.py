"""Forms of the survey: the editors' survey and question forms, and the respondent's answer form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from establishments.models import SubArea

from .models import QuestionKind, Survey


class SurveyForm(forms.ModelForm):
    class Meta:
        model = Survey
        fields = ["year", "title_nl", "title_en", "introduction_nl", "introduction_en"]
        widgets = {
            "introduction_nl": forms.Textarea(attrs={"rows": 3}),
            "introduction_en": forms.Textarea(attrs={"rows": 3}),
        }


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class QuestionForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=QuestionKind.choices)
    text_nl = forms.CharField(label=_("Question (Dutch)"), max_length=300)
    text_en = forms.CharField(label=_("Question (English)"), max_length=300)
    choices_nl = forms.CharField(
        label=_("Choices (Dutch), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    choices_en = forms.CharField(
        label=_("Choices (English), one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
    )
    is_required = forms.BooleanField(label=_("Required"), required=False, initial=True)
    counts_for_overall = forms.BooleanField(label=_("Counts for the overall score"), required=False)
    counts_for_accessibility = forms.BooleanField(label=_("Counts for the accessibility score"), required=False)

    def clean_choices_nl(self):
        return _lines(self.cleaned_data["choices_nl"])

    def clean_choices_en(self):
        return _lines(self.cleaned_data["choices_en"])


class InvitationForm(forms.Form):
    representatives = forms.BooleanField(label=_("All company representatives"), required=False)
    emails = forms.CharField(
        label=_("Other e-mail addresses, one per line"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=20000,
    )
    sub_area = forms.ChoiceField(
        label=_("Sub-area of these addresses"), required=False, choices=[("", _("unknown")), *SubArea.choices]
    )

    def clean_emails(self):
        found = []
        for line in _lines(self.cleaned_data["emails"]):
            forms.EmailField().clean(line)
            found.append(line.lower())
        return found


class AnswerForm(forms.Form):
    """One field per question of the survey, in the visitor's language."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            name = f"q{question.pk}"
            required = question.is_required
            if question.kind == QuestionKind.SCALE:
                field = forms.TypedChoiceField(
                    choices=[(str(n), str(n)) for n in range(1, 6)],
                    coerce=int,
                    widget=forms.RadioSelect,
                    required=required,
                )
            elif question.kind == QuestionKind.RECOMMEND:
                field = forms.TypedChoiceField(
                    choices=[(str(n), str(n)) for n in range(0, 11)],
                    coerce=int,
                    widget=forms.RadioSelect,
                    required=required,
                )
            elif question.kind == QuestionKind.CHOICE:
                field = forms.TypedChoiceField(
                    choices=[(str(index), text) for index, text in enumerate(question.choices)],
                    coerce=int,
                    widget=forms.RadioSelect,
                    required=required,
                )
            else:
                field = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=required)
            field.label = question.text
            self.fields[name] = field
