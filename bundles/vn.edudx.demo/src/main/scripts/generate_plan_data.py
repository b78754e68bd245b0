#!/usr/bin/env python3
"""Generates the synthetic values of the Ngã Năm plan's indicators (plan.*) for the calendar years
2022 (the plan's baseline) to 2025 (its final year), for every demo school and the town's
education office, into src/main/resources/demo/observations-<year>.csv.

Invented figures with a story the year-end evaluation can tell: most targets are met or on track
(learners' means for online learning, school-management systems, digital records, online
applications, learners' satisfaction); some are at risk (teachers' means, repository coverage, the
secondary schools' online share, work files on the digital environment, citizens' satisfaction)
and one is off track (digital records of facilities). The lagging schools of the MOET story lag
here too, and Long Bình A primary does not report its facilities in 2025. Deterministic (fixed
seed); separate from generate_demo_data.py so that the school years' files stay as they are.

The office also reports the 15 tasks of the plan's section III (plan.task.*) as DONE,
IN_PROGRESS or NOT_STARTED with the documents that show it: mostly not started in 2022, in 2025
8 done, 4 in progress, 2 not started, and the digital-transformation index (DX-INDEX) not yet
reported, so the evaluation shows "no data" for it. The task rows come after every other row of
a year and draw nothing from the random generator, so the other values stay as they were.

    python3 src/main/scripts/generate_plan_data.py
"""
import os
import random

from generate_demo_data import OUT, SCHOOLS

YEARS = [2022, 2023, 2024, 2025]

# The town's level of each figure, per year (%); schools vary around it with their maturity.
TOWN = {
    "learners-means": [30, 38, 45, 53],
    "teachers-means": [80, 88, 93, 97],
    "repo": [25, 33, 41, 47],
    "online-share-th": [2.0, 3.0, 4.5, 5.6],
    "online-share-sec": [4.0, 6.0, 7.5, 8.6],
    "learners-record": [70, 85, 95, 100],
    "teachers-record": [75, 90, 97, 100],
    "facilities": [35, 48, 58, 66],
    "work-school": [35, 45, 53, 58],
    "work-thpt": [45, 55, 62, 67],
    "satisfaction": [70, 74, 78, 82],
    "resources": [45, 55, 63, 71],
}
SIZE = {"MN": (150, 14), "TH": (420, 24), "THCS": (520, 30), "TH_THCS": (600, 34),
        "THPT": (900, 55), "GDTX": (220, 18)}


# Each task's answer per year 2022..2025 (D done, P in progress, N not started, - not reported),
# and the office's note for each answer.
TASKS = [
    ("fibre", "PPDD", {"N": "", "P": "Đã kéo cáp quang đến 21/30 trường", "D": "30/30 trường có cáp quang"}),
    ("smart-rooms", "NNPP", {"N": "Chưa bố trí được kinh phí", "P": "Có 4 phòng học thông minh"}),
    ("blended", "NPPP", {"N": "Chưa triển khai", "P": "Thí điểm ở 3 trường"}),
    ("repository", "NPPD", {"N": "Chưa triển khai", "P": "Kho học liệu có 9/12 môn", "D": "Đủ 12/12 môn"}),
    ("social", "PDDD", {"P": "Nhóm Zalo của các tổ chuyên môn", "D": "Trang Facebook và nhóm Zalo của ngành"}),
    ("public-services", "NPPD", {"N": "Chưa triển khai", "P": "Đã đồng bộ 14/24 thủ tục", "D": "Đồng bộ với Cổng dịch vụ công tỉnh"}),
    ("ai-paperless", "NNNN", {"N": "Chờ nền tảng dùng chung của tỉnh"}),
    ("sector-db", "NPDD", {"N": "Chưa triển khai", "P": "Đang rà soát dữ liệu", "D": "Đồng bộ với CSDL của Bộ"}),
    ("school-platform", "NPDD", {"N": "Chưa triển khai", "P": "Triển khai ở 18 trường", "D": "Triển khai ở tất cả các trường"}),
    ("e-records", "NNPD", {"N": "Chưa triển khai", "P": "Học bạ số ở tiểu học", "D": "Học bạ số và thu học phí không dùng tiền mặt"}),
    ("realtime", "NNNP", {"N": "Chưa triển khai", "P": "Thí điểm kết nối thiết bị ở 2 trường"}),
    ("digital-skills", "NPPD", {"N": "Chưa tổ chức", "P": "Đã bồi dưỡng 60% giáo viên", "D": "Đã bồi dưỡng toàn bộ giáo viên và cán bộ quản lý"}),
    ("stem", "NNPP", {"N": "Chưa tổ chức", "P": "Đã tập huấn giáo viên THCS"}),
    ("ppp", "NNNN", {"N": "Chưa có doanh nghiệp tham gia"}),
    ("dx-index", "NPD-", {"N": "Chưa triển khai", "P": "Đang đánh giá chỉ số năm 2023", "D": "Đã công bố chỉ số năm 2024"}),
]
ANSWER = {"D": "DONE", "P": "IN_PROGRESS", "N": "NOT_STARTED"}
KIND = {"D": "BC", "P": "KH"}  # a report shows a task done, a plan shows it under way


def task_rows(f, y, year):
    """The office's answer on every task, with the document that shows it (none if not started)."""
    for i, (slug, answers, notes) in enumerate(TASKS):
        a = answers[y]
        if a == "-":
            continue
        evidence = ""
        if a in KIND:
            number = 10 + 20 * y + i
            kind = KIND[a]
            evidence = (f"https://pgd.nganam.edu.vn/van-ban/{year}-{number}-{kind.lower()}-pgddt"
                        f" {number}/{kind}-PGDĐT")
        f.write(f"NN-PGD;{year};plan.task.{slug};{ANSWER[a]};{evidence};{notes.get(a, '')}\r\n")


def share(rnd, town, maturity, spread=35.0, noise=3.0, cap=100.0):
    return max(0.0, min(cap, town + (maturity - 0.6) * spread + rnd.uniform(-noise, noise)))


def fmt(x):
    return f"{x:.1f}".replace(".", ",")


def main():
    rnd = random.Random(2023)
    for y, year in enumerate(YEARS):
        path = os.path.join(OUT, f"observations-{year}.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("Mã đơn vị;Năm học;Mã chỉ số;Giá trị;Minh chứng;Ghi chú\r\n")

            def row(unit, indicator, value):
                evidence = f"https://minhchung.demo.invalid/{unit}/{year}/{indicator}"
                f.write(f"{unit};{year};{indicator};{value};{evidence};\r\n")

            for code, name, level, place, m0, gain, story in SCHOOLS:
                # Preschools are not in the MOET story: give them an average maturity.
                maturity = 0.6 + 0.03 * y if level == "MN" else m0 + gain * max(0, y - 1)
                learners, teachers = SIZE[level]
                full = y == 3 and story != "lagging"  # in 2025 the records are complete
                row(code, "plan.learners", learners)
                row(code, "plan.learners-online-means",
                    round(learners * share(rnd, TOWN["learners-means"][y], maturity) / 100))
                row(code, "plan.teachers", teachers)
                row(code, "plan.teachers-online-means",
                    round(teachers * share(rnd, TOWN["teachers-means"][y], maturity, 20) / 100))
                row(code, "plan.repo-coverage", fmt(share(rnd, TOWN["repo"][y], maturity)))
                if level != "MN":
                    town = TOWN["online-share-th" if level == "TH" else "online-share-sec"][y]
                    row(code, "plan.online-share",
                        fmt(share(rnd, town, maturity, spread=8, noise=1.0)))
                sms = y >= 1 and (maturity > 0.45 - 0.1 * y) and story != "lagging"
                row(code, "plan.sms", "Có" if sms or (y == 3 and code != "NN-TH-10") else "Không")
                rec_s = 100.0 if full else share(rnd, TOWN["learners-record"][y], maturity, 20)
                row(code, "plan.learners-digital-record", round(learners * rec_s / 100))
                rec_t = 100.0 if full else share(rnd, TOWN["teachers-record"][y], maturity, 20)
                row(code, "plan.teachers-digital-record", round(teachers * rec_t / 100))
                if not (story == "missing" and year == 2025):
                    items = 40 * teachers
                    row(code, "plan.facility-items", items)
                    row(code, "plan.facility-items-digital",
                        round(items * share(rnd, TOWN["facilities"][y], maturity) / 100))
                row(code, "plan.db-sync",
                    "Có" if y >= 2 or maturity > 0.55 or (y == 1 and level != "MN") else "Không")
                files = 30 * teachers
                town = TOWN["work-thpt" if level == "THPT" else "work-school"][y]
                row(code, "plan.work-files", files)
                row(code, "plan.work-files-digital",
                    round(files * share(rnd, town, maturity) / 100))
                row(code, "plan.satisfaction-learners",
                    fmt(share(rnd, TOWN["satisfaction"][y], maturity, 15)))
                resources = 60 + teachers
                row(code, "plan.resources", resources)
                row(code, "plan.resources-digital",
                    round(resources * share(rnd, TOWN["resources"][y], maturity) / 100))

            # The town's education office (Phòng GD&ĐT) itself.
            row("NN-PGD", "plan.work-files", 2400)
            row("NN-PGD", "plan.work-files-digital", round(2400 * [55, 66, 76, 84][y] / 100))
            row("NN-PGD", "plan.procedures-eligible", 24)
            row("NN-PGD", "plan.procedures-full-online", [10, 14, 18, 21][y])
            row("NN-PGD", "plan.applications", [820, 900, 960, 1010][y])
            row("NN-PGD", "plan.applications-online",
                round([820, 900, 960, 1010][y] * [25, 35, 45, 54][y] / 100))
            row("NN-PGD", "plan.satisfaction-public", fmt([68, 71, 74, 77][y]))
            task_rows(f, y, year)


if __name__ == "__main__":
    main()
