"""Files that came out of other tools, not typed by hand: a pivot table in compact form pasted as values, a PDF
converted to a workbook (titles wrapped onto the next row, across a page's end), a list's export with a test item
and a co-funder's share beside its name, an e-mail pasted into a sheet. Expected values: as written in the cells,
worked by hand."""

from __future__ import annotations

from mtd_analysis.build import build


def test_a_compact_pivot_table_reads_its_deepest_rows_with_their_groups(one_sheet_build):
    rows = [
        ["Sector", "Law enforcement"],
        ["Currency", "EUR"],
        [],
        ["Row Labels", "Sum of Total Budget", "Sum of Budget 2021"],
        ["European Union", 5_900_000, 1_840_000],  # 5
        ["Ongoing", 4_000_000, 1_840_000],
        ["Community policing in Donetsk oblast", 4_000_000, 1_840_000],
        ["Pipeline", 1_900_000, 0],
        ["Border crossing points on the Polish border", 1_900_000, 0],
        ["Netherlands", 900_000, 150_000],  # 10
        ["Ongoing", 900_000, 150_000],
        ["Domestic violence response units", 900_000, 150_000],
        ["(blank)", None, None],
        ["(blank)", None, None],
        ["(blank)", None, None],  # 15
        ["Grand Total", 6_800_000, 1_990_000],
    ]
    indents = {(r, 1): 1 for r in (6, 8, 11, 14)} | {(r, 1): 2 for r in (7, 9, 12, 15)}
    result = one_sheet_build(rows, "donor_matrix_pivot.xlsx", indents=indents)
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == [
        "Border crossing points on the Polish border",
        "Community policing in Donetsk oblast",
        "Domestic violence response units",
    ]
    assert projects.loc["Community policing in Donetsk oblast", "partner"] == "EU"
    assert projects.loc["Domestic violence response units", "partner"] == "Netherlands"
    assert projects.loc["Border crossing points on the Polish border", "status"] == "planned"
    assert projects.loc["Community policing in Donetsk oblast", "currency"] == "EUR"
    assert projects.loc["Community policing in Donetsk oblast", "yearly_amounts"].startswith("2021=1840000")
    assert projects.loc["Domestic violence response units", "source_cells"].startswith("title=A12")
    assert result.issues["message"].str.contains("pivot table in compact form", regex=False).any()


def test_a_pivot_without_indented_levels_is_not_read_as_one(one_sheet_build):
    rows = [
        ["Row Labels", "Sum of Budget 2021"],
        ["Community policing", 1_200_000],
        ["Border crossing points", 300_000],
        ["Grand Total", 1_500_000],
    ]
    result = one_sheet_build(rows, "eu_pivot.xlsx")
    assert not result.issues["message"].str.contains("pivot table in compact form", regex=False).any()


PDF_HEADER = ["№", "Назва проєкту", "Бенефіціар", "Строк реалізації", "Вартість, дол. США", "Статус"]


def test_titles_wrapped_by_a_pdf_conversion_are_joined_across_rows_and_pages(one_sheet_build):
    rows = [
        ["Посольство США – перелік проєктів"],
        PDF_HEADER,
        [
            "1.",
            "Розвиток поліції громад у Харківській,",
            "НПУ",
            "01.04.2020 – 31.03.2023",
            "1 250 000,00",
            "реалізується",
        ],
        [None, "Сумській та Полтавській областях"],  # a comma above: the title goes on, a capital or not
        [
            "2.",
            "Протидія незаконному обігу наркотиків: обладнання для",
            "МВС",
            "15.01.2021 – 14.01.2022",
            "950 000,00",
            "реалізується",
        ],  # fmt: skip
        [None, None, None, None, None, "Сторінка 1 з 2"],
        [],
        ["Посольство США – перелік проєктів"],
        PDF_HEADER,
        [None, "експертних лабораторій МВС"],  # the title cut at the page's end goes on under the next header
        [
            "3.",
            "Модернізація пунктів пропуску:",
            "ДПСУ",
            "01.05.2021 – 30.04.2024",
            "2 100 000,00",
            "на погодженні",
        ],
        [None, "обладнання для паспортного контролю"],
        [None, None, None, None, None, "Сторінка 2 з 2"],
    ]
    result = one_sheet_build(rows, "usa_pdf2xlsx.xlsx")
    assert sorted(result.projects["title"]) == [
        "Модернізація пунктів пропуску: обладнання для паспортного контролю",
        "Протидія незаконному обігу наркотиків: обладнання для експертних лабораторій МВС",
        "Розвиток поліції громад у Харківській, Сумській та Полтавській областях",
    ]


def test_a_lists_test_item_is_skipped_and_a_cofunders_share_beside_its_name_splits(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "EUAM_ProjectCell_Projects_export.csv").write_text(
        "ID,Title,Beneficiary,Start Date,End Date,Budget,Status,Co-funded,Co-funding Partner,Item Type\n"
        "7,Border Guard canine unit equipment,State Border Guard Service,2021-01-01T00:00:00Z,"
        '2021-12-31T00:00:00Z,"€140,000.00",In implementation,Yes,Lithuania (40%),Item\n'
        "17,TEST item - please ignore,,2021-03-01T00:00:00Z,2021-03-02T00:00:00Z,€1.00,Pipeline,No,,Item\n",
        encoding="utf-8",
    )
    projects = build(raw, tmp_path / "out", year=2021).projects
    assert dict(zip(projects["partner"], projects["amount"], strict=True)) == {
        "EUAM": 84_000,
        "Lithuania": 56_000,
    }


def test_an_email_pasted_into_a_sheet_reads_the_reply_not_its_header_nor_the_quoted_message(one_sheet_build):
    lines = [
        "Від: Petrenko, Olha <olha.petrenko@international.gc.ca>",
        "Надіслано: 11 березня 2021 р. 16:05",
        "Кому: Секретаріат СРГ <swg.lea@mvs.gov.ua>",
        "Тема: RE: Інформація про проєкти",
        None,
        "Надсилаю оновлену інформацію про проєкти, які фінансує Уряд Канади.",
        None,
        "1) Проєкт: Навчання інструкторів поліції громад",
        "Бюджет: 1 200 000 CAD",
        "Тривалість: 01.01.2021 – 31.12.2021",
        "Статус: реалізується",
        None,
        "2) Проєкт: Тепловізори для ДПСУ",
        "Бюджет: 800 000 CAD",
        "Тривалість: 01.01.2021 – 31.12.2021",
        "Статус: реалізується",
        None,
        "-----Original Message-----",
        "From: Petrenko, Olha",
        "Sent: Monday, February 15, 2021 10:12 AM",
        "To: swg.lea@mvs.gov.ua",
        "Subject: Інформація про проєкти",
        "1) Проєкт: Навчання інструкторів поліції громад",
        "Бюджет: 1 000 000 CAD",
        "Тривалість: 01.01.2021 – 31.12.2021",
    ]
    result = one_sheet_build([[line] for line in lines], "embassy_email.xlsx")
    projects = result.projects.set_index("title")
    assert sorted(projects.index) == ["Навчання інструкторів поліції громад", "Тепловізори для ДПСУ"]
    assert projects.loc["Навчання інструкторів поліції громад", "amount"] == 1_200_000
    assert set(projects["partner"]) == {"Canada"}
    assert not result.issues["severity"].eq("error").any()
    assert result.issues["message"].str.contains("earlier e-mail quoted below", regex=False).any()


def test_a_cofunder_the_partner_cell_already_shares_with_is_not_added_again(one_sheet_build):
    rows = [
        ["Project", "Partner", "Co-funding partner", "Start", "End", "Budget, DKK"],
        [
            "Joint Nordic border crossing points",
            "Denmark 60% / Sweden 40%",
            "Sweden (40%)",
            "01.01.2021",
            "31.12.2021",
            1_000_000,
        ],  # fmt: skip
    ]
    projects = one_sheet_build(rows, "denmark.xlsx").projects
    assert dict(zip(projects["partner"], projects["amount"], strict=True)) == {
        "Denmark": 600_000,
        "Sweden": 400_000,
    }
