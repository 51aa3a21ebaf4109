"""Form fields in Utrecht's design system (NL Design System) without touching every form.

Django renders each widget through the form renderer; this one adds the Utrecht class of the
widget's kind (utrecht-textbox, utrecht-textarea, utrecht-select, utrecht-checkbox,
utrecht-radio-button) to what the form itself set. The widgets rendered in Python for the
search filters (wijkportaal.widgets) add the same classes themselves.
"""

from django.forms.renderers import DjangoTemplates

KLASSEN = {
    "checkbox": "utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom",
    "radio": "utrecht-radio-button utrecht-radio-button--html-input",
    "select": "utrecht-select utrecht-select--html-select",
    "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
    "file": "",
    "hidden": "",
}
TEKSTVAK = "utrecht-textbox utrecht-textbox--html-input"


def utrecht_klasse(soort: str | None) -> str:
    """The Utrecht class for an input type or widget kind ("" for hidden and file inputs)."""
    return KLASSEN.get(soort or "text", TEKSTVAK)


def klasse_toevoegen(attrs: dict, soort: str | None) -> None:
    klasse = utrecht_klasse(soort)
    if klasse and klasse.split()[0] not in attrs.get("class", ""):
        attrs["class"] = f"{attrs.get('class', '')} {klasse}".strip()


def _soort(widget: dict, template_name: str) -> str | None:
    if template_name.endswith(("/select.html", "/select_date.html")):
        return "select"
    if template_name.endswith("/textarea.html"):
        return "textarea"
    return widget.get("type")


class UtrechtRenderer(DjangoTemplates):
    def render(self, template_name, context, request=None):
        widget = context.get("widget")
        if isinstance(widget, dict) and template_name.startswith("django/forms/widgets/"):
            for _groep, opties, _index in widget.get("optgroups") or ():
                for optie in opties:
                    if optie.get("type") in ("checkbox", "radio"):
                        klasse_toevoegen(optie.setdefault("attrs", {}), optie["type"])
            if not widget.get("optgroups") or _soort(widget, template_name) == "select":
                attrs = widget.setdefault("attrs", {})
                klasse_toevoegen(attrs, _soort(widget, template_name))
        return super().render(template_name, context, request)
