"""Editing a contact through the service: the rules hold for every front end, not only
for the GUI's dialog."""

from __future__ import annotations

import pytest

from contactvault import errors
from contactvault.services import contacts


def test_an_edit_that_would_leave_no_name_is_refused_and_changes_nothing(ctx):
    anna = contacts.add_contact(ctx, given="Anna", family="Abel", numbers=["+4915111111111"])
    with pytest.raises(errors.InvalidArgument) as refused:
        contacts.edit_contact(ctx, anna.id, formatted_name="", n_given="", n_family=" ")
    assert "a contact needs a name or an organisation" in str(refused.value.message())
    after = contacts.get_contact(ctx, anna.id)
    assert (after.formatted_name, after.name.given, after.name.family) == \
        ("Anna Abel", "Anna", "Abel")


def test_a_name_may_give_way_to_an_organisation(ctx):
    anna = contacts.add_contact(ctx, given="Anna", family="Abel", numbers=["+4915111111111"])
    edited = contacts.edit_contact(ctx, anna.id, formatted_name="", n_given="", n_family="",
                                   organisation="Abel Haustechnik GmbH")
    assert edited.organisation == "Abel Haustechnik GmbH"
    assert edited.formatted_name == ""


def test_a_number_only_contact_may_still_be_edited_without_a_name(ctx):
    only_number = contacts.add_contact(ctx, numbers=["+4915111111111"])
    edited = contacts.edit_contact(ctx, only_number.id, title="Notdienst")
    assert edited.title == "Notdienst"


def test_editing_a_contact_that_does_not_exist(ctx):
    with pytest.raises(errors.ContactNotFound):
        contacts.edit_contact(ctx, 4242, title="x")
