#!/usr/bin/env python3
"""Generates the synthetic Ngã Năm demo data of EduDX (src/main/resources/demo/).

The data are invented: a believable story for a town of about 30 schools over three school
years, not the schools' real figures. Run it from this folder after changing the story; the
output is deterministic (fixed seed), so a re-run without changes gives the same files.

    python3 src/main/scripts/generate_demo_data.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "demo")
SET = os.path.join(HERE, "..", "..", "..", "..", "..", "rules", "vn.edudx.rules.moet",
                   "src", "main", "resources", "indicator-sets", "moet-4725-2022.json")
YEARS = ["2022-2023", "2023-2024", "2024-2025"]

PLACES = [  # code, name, type
    ("NN-P1", "Phường 1", "WARD"), ("NN-P2", "Phường 2", "WARD"), ("NN-P3", "Phường 3", "WARD"),
    ("NN-LB", "Xã Long Bình", "COMMUNE"), ("NN-MB", "Xã Mỹ Bình", "COMMUNE"),
    ("NN-MQ", "Xã Mỹ Quới", "COMMUNE"), ("NN-TL", "Xã Tân Long", "COMMUNE"),
    ("NN-VQ", "Xã Vĩnh Quới", "COMMUNE"),
]

# code, name, level, place, maturity in 2022-2023, yearly gain, story
SCHOOLS = [
    ("NN-MN-01", "Trường Mầm non Hoa Sen", "MN", "NN-P1", 0, 0, ""),
    ("NN-MN-02", "Trường Mầm non Phường 2", "MN", "NN-P2", 0, 0, ""),
    ("NN-MN-03", "Trường Mầm non Phường 3", "MN", "NN-P3", 0, 0, ""),
    ("NN-MN-04", "Trường Mầm non Long Bình", "MN", "NN-LB", 0, 0, ""),
    ("NN-MN-05", "Trường Mầm non Mỹ Bình", "MN", "NN-MB", 0, 0, ""),
    ("NN-MN-06", "Trường Mầm non Mỹ Quới", "MN", "NN-MQ", 0, 0, ""),
    ("NN-MN-07", "Trường Mầm non Tân Long", "MN", "NN-TL", 0, 0, ""),
    ("NN-MN-08", "Trường Mầm non Vĩnh Quới", "MN", "NN-VQ", 0, 0, ""),
    ("NN-TH-01", "Trường Tiểu học Phường 1", "TH", "NN-P1", 0.55, 0.11, ""),
    ("NN-TH-02", "Trường Tiểu học Phường 2", "TH", "NN-P2", 0.50, 0.10, ""),
    ("NN-TH-03", "Trường Tiểu học Phường 3", "TH", "NN-P3", 0.46, 0.12, ""),
    ("NN-TH-04", "Trường Tiểu học Long Bình A", "TH", "NN-LB", 0.42, 0.09, "missing"),
    ("NN-TH-05", "Trường Tiểu học Long Bình B", "TH", "NN-LB", 0.38, 0.10, ""),
    ("NN-TH-06", "Trường Tiểu học Mỹ Bình", "TH", "NN-MB", 0.40, 0.11, ""),
    ("NN-TH-07", "Trường Tiểu học Mỹ Quới A", "TH", "NN-MQ", 0.36, 0.16, "most-improved"),
    ("NN-TH-08", "Trường Tiểu học Mỹ Quới B", "TH", "NN-MQ", 0.41, 0.08, ""),
    ("NN-TH-09", "Trường Tiểu học Tân Long", "TH", "NN-TL", 0.37, 0.09, ""),
    ("NN-TH-10", "Trường Tiểu học Vĩnh Quới A", "TH", "NN-VQ", 0.33, 0.01, "lagging"),
    ("NN-TH-11", "Trường Tiểu học Vĩnh Quới B", "TH", "NN-VQ", 0.39, 0.07, ""),
    ("NN-THCS-01", "Trường THCS Phường 1", "THCS", "NN-P1", 0.58, 0.10, ""),
    ("NN-THCS-02", "Trường THCS Phường 2", "THCS", "NN-P2", 0.49, 0.09, ""),
    ("NN-THCS-03", "Trường THCS Long Bình", "THCS", "NN-LB", 0.43, 0.08, ""),
    ("NN-THCS-04", "Trường THCS Mỹ Bình", "THCS", "NN-MB", 0.47, 0.10, "fails-mandatory"),
    ("NN-THCS-05", "Trường THCS Mỹ Quới", "THCS", "NN-MQ", 0.44, 0.09, ""),
    ("NN-THCS-06", "Trường THCS Tân Long", "THCS", "NN-TL", 0.35, 0.00, "lagging"),
    ("NN-THCS-07", "Trường THCS Vĩnh Quới", "THCS", "NN-VQ", 0.40, 0.08, ""),
    ("NN-THCS-08", "Trường TH và THCS Phường 3", "TH_THCS", "NN-P3", 0.45, 0.09, ""),
    ("NN-THPT-01", "Trường THPT Ngã Năm", "THPT", "NN-P1", 0.66, 0.09, ""),
    ("NN-THPT-02", "Trường THPT Mỹ Quới", "THPT", "NN-MQ", 0.55, 0.10, ""),
    ("NN-GDTX-01", "Trung tâm GDNN - GDTX thị xã Ngã Năm", "GDTX", "NN-P2", 0.34, 0.07, ""),
]

# How hard each yes/no criterion is: a school has it once its maturity passes the threshold.
DIFFICULTY = {
    "1.3.1": 0.25, "1.3.2": 0.35, "1.3.3": 0.45, "1.3.4": 0.55, "1.3.5": 0.60,
    "1.5.2": 0.70, "1.7.3": 0.85,
    "2.3.1": 0.30, "2.3.2": 0.10, "2.3.3": 0.20, "2.3.4": 0.30, "2.3.5": 0.50,
    "2.3.6": 0.65, "2.3.7": 0.40, "2.3.8": 0.25,
    "2.4.1": 0.30, "2.4.2": 0.55, "2.5": 0.75,
}
# How far each percentage lags behind maturity.
LAG = {"1.4": 0.10, "1.5.1": 0.25, "1.6.1": -0.15, "1.6.2": 0.05, "1.6.3": 0.20,
       "1.7.1": 0.00, "1.7.2": 0.05, "2.4.3": 0.15}


def leaves(criteria):
    for c in criteria:
        if c["type"] == "SUM":
            yield from leaves(c["children"])
        else:
            yield c


def main():
    definition = json.load(open(SET, encoding="utf-8"))
    criteria = [c for g in definition["groups"] for c in leaves(g["criteria"])]
    rnd = random.Random(4725)
    os.makedirs(OUT, exist_ok=True)

    with open(os.path.join(OUT, "units.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("Mã đơn vị;Tên đơn vị;Loại;Cấp học;Thuộc;Cơ quan quản lý;Hiệu lực từ;Hiệu lực đến\r\n")
        f.write("ST;Tỉnh Sóc Trăng;PROVINCE;;;;1992-04-01;2025-06-30\r\n")
        f.write("NN;Thị xã Ngã Năm;DISTRICT;;ST;;2013-08-01;2025-06-30\r\n")
        f.write("ST-SGD;Sở Giáo dục và Đào tạo tỉnh Sóc Trăng;DEPARTMENT;;ST;;1992-04-01;2025-06-30\r\n")
        f.write("NN-PGD;Phòng Giáo dục và Đào tạo thị xã Ngã Năm;OFFICE;;NN;;2013-08-01;2025-06-30\r\n")
        for code, name, kind in PLACES:
            f.write(f"{code};{name};{kind};;NN;;2013-08-01;\r\n")
        for code, name, level, place, *_ in SCHOOLS:
            # The province's department manages upper-secondary and continuing education.
            authority = "ST-SGD" if level in ("THPT", "GDTX") else "NN-PGD"
            f.write(f"{code};{name};SCHOOL;{level};{place};{authority};2013-08-01;\r\n")

    for y, year in enumerate(YEARS):
        path = os.path.join(OUT, f"observations-{year}.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("Mã đơn vị;Năm học;Mã chỉ số;Giá trị;Minh chứng;Ghi chú\r\n")
            for code, name, level, place, m0, gain, story in SCHOOLS:
                if level == "MN":
                    continue  # Decision 4725 does not cover preschools.
                m = min(0.97, m0 + gain * y + rnd.uniform(-0.02, 0.02))
                for c in criteria:
                    cc = c["code"]
                    if story == "missing" and year == "2024-2025" and cc.startswith("1.7"):
                        continue  # this school did not send its infrastructure figures
                    if c["type"] == "MANDATORY":
                        ok = not (story == "fails-mandatory" and year == "2024-2025" and cc == "1.2")
                        if story == "lagging" and cc == "2.2" and y == 0:
                            ok = False
                        value = "Có" if ok else "Không"
                    elif c["type"] == "YES_NO":
                        value = "Có" if m + rnd.uniform(-0.06, 0.06) > DIFFICULTY[cc] else "Không"
                    else:
                        pct = max(0.0, min(100.0, (m - LAG[cc]) * 100 + rnd.uniform(-6, 6)))
                        value = f"{pct:.1f}".replace(".", ",")
                    evidence = f"https://minhchung.demo.invalid/{code}/{year}/{cc}"
                    note = ""
                    if story == "fails-mandatory" and cc == "1.2" and year == "2024-2025":
                        note = "Quy chế dạy học trực tuyến chưa được ban hành"
                    f.write(f"{code};{year};{c['input']};{value};{evidence};{note}\r\n")
            # The education authorities' own inputs for Decision 3806 (group 1); group 2 is
            # computed from their schools' results. Written after the schools so that the schools'
            # random draws stay as they were.
            for code, base in (("NN-PGD", 0.52), ("ST-SGD", 0.64)):
                m = base + 0.09 * y
                rows = [
                    ("3806.1.1", "Có" if y > 0 or code == "ST-SGD" else "Không"),
                    ("3806.1.2", "Có" if m > 0.55 else "Không"),
                    ("3806.1.3.digital", str(int(1500 * min(1.0, m + 0.12)))),
                    ("3806.1.3.all", "1500"),
                    ("3806.1.4", f"{min(100.0, m * 100):.1f}".replace(".", ",")),
                    ("3806.1.5", f"{min(100.0, m * 85):.1f}".replace(".", ",")),
                    ("3806.1.6", f"{min(100.0, m * 100 + 8):.1f}".replace(".", ",")),
                    ("3806.1.7", "Có" if m > 0.62 else "Không"),
                ]
                for indicator, value in rows:
                    evidence = f"https://minhchung.demo.invalid/{code}/{year}/{indicator}"
                    f.write(f"{code};{year};{indicator};{value};{evidence};\r\n")



if __name__ == "__main__":
    main()
