"""Select and checkbox widgets rendered in Python, for filter forms with many options.

Django renders every <option> through its own template include; with 111 buurten, 12 themes
and more on one search page that was most of the page's time. The HTML is the same."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from wijkportaal.formulierweergave import klasse_toevoegen, utrecht_klasse


class SnelleSelect(forms.Select):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        klasse_toevoegen(widget["attrs"], "select")
        delen = []
        for groep, opties, _index in widget["optgroups"]:
            html = format_html_join(
                "",
                '<option value="{}"{}>{}</option>',
                (
                    (
                        optie["value"],
                        mark_safe(" selected") if optie["selected"] else "",
                        optie["label"],
                    )
                    for optie in opties
                ),
            )
            delen.append(
                format_html('<optgroup label="{}">{}</optgroup>', groep, html) if groep else html
            )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(widget["attrs"]),
            mark_safe("".join(delen)),
        )


KLASSE_VINKJE = utrecht_klasse("checkbox")


class SnelleVinkjes(forms.CheckboxSelectMultiple):
    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        opties = (
            optie for _groep, groep_opties, _index in widget["optgroups"] for optie in groep_opties
        )
        html = format_html_join(
            "",
            '<div><label for="{}"><input type="checkbox" class="{}" name="{}" value="{}" id="{}"{}>'
            " {}</label></div>",
            (
                (
                    optie["attrs"]["id"],
                    KLASSE_VINKJE,
                    name,
                    optie["value"],
                    optie["attrs"]["id"],
                    mark_safe(" checked") if optie["selected"] else "",
                    optie["label"],
                )
                for optie in opties
            ),
        )
        id_ = widget["attrs"].get("id")
        return format_html("<div{}>{}</div>", flatatt({"id": id_} if id_ else {}), html)
