/** Member municipalities offered as suggestions in the intake form (any other organisation may be typed). */
export const MEMBER_ORGANISATIONS: readonly string[] = [
  'Aalborg Kommune', 'Aarhus Kommune', 'Ballerup Kommune', 'Esbjerg Kommune', 'Frederiksberg Kommune', 'Gentofte Kommune',
  'Gladsaxe Kommune', 'Holbæk Kommune', 'Horsens Kommune', 'Herning Kommune', 'Kolding Kommune', 'Københavns Kommune',
  'Lyngby-Taarbæk Kommune', 'Norddjurs Kommune', 'Odense Kommune', 'Randers Kommune', 'Roskilde Kommune', 'Silkeborg Kommune',
  'Sønderborg Kommune', 'Syddjurs Kommune', 'Vejle Kommune', 'Viborg Kommune'
];
