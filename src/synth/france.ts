/**
 * The régions and départements of France with each département's chef-lieu, which the synthetic
 * ecosystem places its actors in. Source: INSEE, Code officiel géographique,
 * https://www.insee.fr/fr/information/2560452
 */

export const FRANCE_SOURCE_URL = 'https://www.insee.fr/fr/information/2560452';

export const REGIONS: Record<string, string> = {
  ARA: 'Auvergne-Rhône-Alpes',
  BFC: 'Bourgogne-Franche-Comté',
  BRE: 'Bretagne',
  CVL: 'Centre-Val de Loire',
  COR: 'Corse',
  GES: 'Grand Est',
  HDF: 'Hauts-de-France',
  IDF: 'Île-de-France',
  NOR: 'Normandie',
  NAQ: 'Nouvelle-Aquitaine',
  OCC: 'Occitanie',
  PDL: 'Pays de la Loire',
  PAC: "Provence-Alpes-Côte d'Azur",
  GUA: 'Guadeloupe',
  MTQ: 'Martinique',
  GUF: 'Guyane',
  REU: 'La Réunion',
  MAY: 'Mayotte',
};

export interface Department {
  code: string;
  name: string;
  chefLieu: string;
  region: string;
}

/** code|name|chef-lieu|region key, one département a line. */
const TABLE = `01|Ain|Bourg-en-Bresse|ARA
02|Aisne|Laon|HDF
03|Allier|Moulins|ARA
04|Alpes-de-Haute-Provence|Digne-les-Bains|PAC
05|Hautes-Alpes|Gap|PAC
06|Alpes-Maritimes|Nice|PAC
07|Ardèche|Privas|ARA
08|Ardennes|Charleville-Mézières|GES
09|Ariège|Foix|OCC
10|Aube|Troyes|GES
11|Aude|Carcassonne|OCC
12|Aveyron|Rodez|OCC
13|Bouches-du-Rhône|Marseille|PAC
14|Calvados|Caen|NOR
15|Cantal|Aurillac|ARA
16|Charente|Angoulême|NAQ
17|Charente-Maritime|La Rochelle|NAQ
18|Cher|Bourges|CVL
19|Corrèze|Tulle|NAQ
2A|Corse-du-Sud|Ajaccio|COR
2B|Haute-Corse|Bastia|COR
21|Côte-d'Or|Dijon|BFC
22|Côtes-d'Armor|Saint-Brieuc|BRE
23|Creuse|Guéret|NAQ
24|Dordogne|Périgueux|NAQ
25|Doubs|Besançon|BFC
26|Drôme|Valence|ARA
27|Eure|Évreux|NOR
28|Eure-et-Loir|Chartres|CVL
29|Finistère|Quimper|BRE
30|Gard|Nîmes|OCC
31|Haute-Garonne|Toulouse|OCC
32|Gers|Auch|OCC
33|Gironde|Bordeaux|NAQ
34|Hérault|Montpellier|OCC
35|Ille-et-Vilaine|Rennes|BRE
36|Indre|Châteauroux|CVL
37|Indre-et-Loire|Tours|CVL
38|Isère|Grenoble|ARA
39|Jura|Lons-le-Saunier|BFC
40|Landes|Mont-de-Marsan|NAQ
41|Loir-et-Cher|Blois|CVL
42|Loire|Saint-Étienne|ARA
43|Haute-Loire|Le Puy-en-Velay|ARA
44|Loire-Atlantique|Nantes|PDL
45|Loiret|Orléans|CVL
46|Lot|Cahors|OCC
47|Lot-et-Garonne|Agen|NAQ
48|Lozère|Mende|OCC
49|Maine-et-Loire|Angers|PDL
50|Manche|Saint-Lô|NOR
51|Marne|Châlons-en-Champagne|GES
52|Haute-Marne|Chaumont|GES
53|Mayenne|Laval|PDL
54|Meurthe-et-Moselle|Nancy|GES
55|Meuse|Bar-le-Duc|GES
56|Morbihan|Vannes|BRE
57|Moselle|Metz|GES
58|Nièvre|Nevers|BFC
59|Nord|Lille|HDF
60|Oise|Beauvais|HDF
61|Orne|Alençon|NOR
62|Pas-de-Calais|Arras|HDF
63|Puy-de-Dôme|Clermont-Ferrand|ARA
64|Pyrénées-Atlantiques|Pau|NAQ
65|Hautes-Pyrénées|Tarbes|OCC
66|Pyrénées-Orientales|Perpignan|OCC
67|Bas-Rhin|Strasbourg|GES
68|Haut-Rhin|Colmar|GES
69|Rhône|Lyon|ARA
70|Haute-Saône|Vesoul|BFC
71|Saône-et-Loire|Mâcon|BFC
72|Sarthe|Le Mans|PDL
73|Savoie|Chambéry|ARA
74|Haute-Savoie|Annecy|ARA
75|Paris|Paris|IDF
76|Seine-Maritime|Rouen|NOR
77|Seine-et-Marne|Melun|IDF
78|Yvelines|Versailles|IDF
79|Deux-Sèvres|Niort|NAQ
80|Somme|Amiens|HDF
81|Tarn|Albi|OCC
82|Tarn-et-Garonne|Montauban|OCC
83|Var|Toulon|PAC
84|Vaucluse|Avignon|PAC
85|Vendée|La Roche-sur-Yon|PDL
86|Vienne|Poitiers|NAQ
87|Haute-Vienne|Limoges|NAQ
88|Vosges|Épinal|GES
89|Yonne|Auxerre|BFC
90|Territoire de Belfort|Belfort|BFC
91|Essonne|Évry-Courcouronnes|IDF
92|Hauts-de-Seine|Nanterre|IDF
93|Seine-Saint-Denis|Bobigny|IDF
94|Val-de-Marne|Créteil|IDF
95|Val-d'Oise|Cergy|IDF
971|Guadeloupe|Basse-Terre|GUA
972|Martinique|Fort-de-France|MTQ
973|Guyane|Cayenne|GUF
974|La Réunion|Saint-Denis|REU
976|Mayotte|Mamoudzou|MAY`;

export const DEPARTMENTS: Department[] = TABLE.split('\n').map((line) => {
  const [code, name, chefLieu, region] = line.split('|') as [string, string, string, string];
  return { code, name, chefLieu, region };
});

/** Départements whose chef-lieu is a large health-industry centre: more actors are placed there. */
export const MAJOR_CENTRES = new Set([
  '75',
  '69',
  '13',
  '31',
  '34',
  '33',
  '59',
  '44',
  '67',
  '35',
  '06',
  '38',
  '92',
  '91',
  '63',
  '54',
  '37',
]);
