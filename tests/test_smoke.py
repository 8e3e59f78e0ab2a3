from trajectapp.services.caseload import list_cases


def test_a_new_vault_holds_the_cases_added_to_it(vault, make_case):
    make_case("Çelik Ağaoğlu")
    assert [case.name for case in list_cases(vault)] == ["Çelik Ağaoğlu"]
