"""Forms of the programme board: the board's filters, project and milestone edits, progress updates."""

from django import forms
from django.contrib.auth.models import User
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from kennispark.richtext import plain_text
from kennispark.roles import PROJECT_LEAD
from monitoring.models import Target

from .models import NEEDS_REASON, Milestone, Organisation, ProgrammeLine, Project, Status, Theme, YearPlan
from .quarters import Quarter, quarter_choices
from .selectors import NO_UPDATE

GROUPINGS: list[tuple[str, object]] = [
    ("theme", _("theme")),
    ("line", _("programme line")),
    ("organisation", _("lead organisation")),
]


def _quarter_field(label: "StrOrPromise", *, required: bool = True) -> forms.TypedChoiceField:
    year = timezone.localdate().year
    choices: list[tuple[int | str, str]] = list(quarter_choices(year - 3, year + 6))
    return forms.TypedChoiceField(
        label=label, choices=choices if required else [("", "–"), *choices], coerce=int, required=required,
        empty_value=None,
    )  # fmt: skip


class BoardFilterForm(forms.Form):
    """The board's switch and filters (GET); every choice is validated, so a crafted query answers the default."""

    year = forms.ModelChoiceField(
        label=_("Year plan"), queryset=YearPlan.objects.all(), to_field_name="year", required=False, empty_label=None
    )
    group = forms.ChoiceField(label=_("Group by"), choices=GROUPINGS, required=False)
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.order_by("number", "pk"), required=False)
    line = forms.ModelChoiceField(label=_("Programme line"), queryset=ProgrammeLine.objects.all(), required=False)
    organisation = forms.ModelChoiceField(
        label=_("Lead organisation"), queryset=Organisation.objects.all(), required=False
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("all")), *Status.choices, (NO_UPDATE, _("no update yet"))], required=False
    )


class ProjectForm(forms.ModelForm):
    """An editor's edit of a project: every attribute, its leads and the targets it contributes to."""

    start_quarter = _quarter_field(_("Start quarter"))
    end_quarter = _quarter_field(_("End quarter"))
    leads = forms.ModelMultipleChoiceField(
        label=_("Project leads"),
        queryset=User.objects.filter(groups__name=PROJECT_LEAD, is_active=True).order_by("last_name", "first_name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    targets = forms.ModelMultipleChoiceField(
        label=_("2035 targets it contributes to"),
        queryset=Target.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Project
        fields = [
            "name_nl", "name_en", "description_nl", "description_en", "theme", "programme_line", "lead_organisation",
            "planning_note", "start_quarter", "end_quarter", "is_public",
        ]  # fmt: skip
        widgets = {
            "description_nl": forms.Textarea(attrs={"rows": 5}),
            "description_en": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = Theme.objects.filter(
            year_plan__in=self.instance.year_plans.all()
        ).select_related("year_plan")
        self.fields["leads"].initial = list(self.instance.leads.all())
        self.fields["targets"].initial = list(self.instance.targets.all())

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_quarter"), cleaned.get("end_quarter")
        if start and end and start > end:
            self.add_error("end_quarter", _("The end quarter cannot lie before the start quarter."))
        return cleaned


class LeadProjectForm(forms.ModelForm):
    """What a project lead edits of their project: its description."""

    class Meta:
        model = Project
        fields = ["description_nl", "description_en"]
        widgets = {
            "description_nl": forms.Textarea(attrs={"rows": 6}),
            "description_en": forms.Textarea(attrs={"rows": 6}),
        }


class MilestoneForm(forms.ModelForm):
    """A milestone: title, planned quarter and, once done, the date."""

    planned_quarter = _quarter_field(_("Planned quarter"))

    class Meta:
        model = Milestone
        fields = ["title_nl", "title_en", "planned_quarter", "done_on"]
        widgets = {"done_on": forms.DateInput(attrs={"type": "date"})}

    def clean_done_on(self):
        done_on = self.cleaned_data.get("done_on")
        if done_on and done_on > timezone.localdate():
            raise forms.ValidationError(_("A milestone cannot be done in the future."))
        return done_on


class ProgressUpdateForm(forms.Form):
    """A lead's quarterly update; a status other than on track or done needs a reason and a path to green."""

    quarter = forms.TypedChoiceField(label=_("Quarter"), coerce=int)
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices, widget=forms.RadioSelect)
    percent_done = forms.IntegerField(label=_("Percentage done"), min_value=0, max_value=100)
    summary = forms.CharField(label=_("What happened"), max_length=5000, widget=forms.Textarea(attrs={"rows": 4}))
    next_steps = forms.CharField(
        label=_("Next steps"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    risks = forms.CharField(label=_("Risks"), max_length=5000, required=False, widget=forms.Textarea(attrs={"rows": 3}))
    reason = forms.CharField(
        label=_("Reason for the status"),
        max_length=2000,
        required=False,
        help_text=_("Required when the project is at risk, late or paused."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    path_to_green = forms.CharField(
        label=_("Path to green"),
        max_length=2000,
        required=False,
        help_text=_("What brings the project back on track? Required when it is at risk, late or paused."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    path_to_green_by = _quarter_field(_("Back on track by"), required=False)
    milestones_done = forms.ModelMultipleChoiceField(
        label=_("Milestones done"),
        queryset=Milestone.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    public_summary = forms.CharField(
        label=_("Public summary"),
        max_length=1000,
        required=False,
        help_text=_("One or two sentences for the public progress page; shown only if the project is public."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    correction_reason = forms.CharField(
        label=_("Reason for the correction"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, project: Project, correcting: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        current = Quarter.of(timezone.localdate())
        quarter_field = self.fields["quarter"]
        assert isinstance(quarter_field, forms.ChoiceField)
        quarter_field.choices = [(q.code, str(q)) for q in (current, current.previous())]
        self.fields["quarter"].initial = current.code
        self.fields["milestones_done"].queryset = project.milestones.order_by("planned_quarter", "pk")  # type: ignore[attr-defined]
        self.correcting = correcting
        if correcting:
            self.fields["correction_reason"].required = True
        else:
            del self.fields["correction_reason"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") in NEEDS_REASON:
            for name in ("reason", "path_to_green"):
                # The update keeps plain text: a reason of markup alone is no reason.
                if not plain_text(cleaned.get(name) or "").strip():
                    self.add_error(name, _("Needed when the project is not on track."))
        return cleaned
