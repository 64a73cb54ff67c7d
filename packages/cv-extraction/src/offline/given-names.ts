/**
 * Common given names, for one job only: a letter-spaced name ("J U L I E M O N R O E") reaches us
 * without its word break, and the break goes after the given name when it is a known one.
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'aaron adam adrian aidan alan albert alberto alejandra alejandro alex alexander alexandra alice alicia alison amanda ' +
    'amber amelia amy ana andrea andreas andrew angela anna anne antoine antonio ashley barbara ben benjamin beatriz ' +
    'brian bruno camille carla carlos carmen caroline catherine charles charlotte chloe chris christian christina ' +
    'christopher claire clara daniel daniela david deborah diana diego dominic dylan elena eleanor elisa elizabeth ' +
    'ella emily emma eric erik eva fatima felipe fernando francesca francisco frank gabriel george giulia grace hannah ' +
    'harry helen henry hugo ian isabel isabella jack jacob james jan jane janine jason javier jennifer jessica joan ' +
    'joao john jonathan jorge jose joseph juan julia julian julie justin karen kate katherine kevin kristen laura ' +
    'lauren leo liam linda lisa lucas lucia luis luisa lukas maria marie mario mark martin mary matteo matthew max ' +
    'maximilian megan melissa mia michael michelle miguel nathan nicole noah oliver olivia pablo patricia paul paula ' +
    'pedro peter pierre rachel raquel rebecca ricardo richard robert roberto ryan sam samuel sara sarah scott sean ' +
    'sebastian sergio sherri simon sofia sophia sophie stephanie steven susan thomas tom valentina victoria william ' +
    'zoe mandy julien lea louis manon nathalie thibault yannick jurgen hans klaus sabine stefan ursula wolfgang ' +
    'sven lars anders johan karin ingrid astrid bjorn henrik nils pieter jeroen sanne daan bram anouk joost lotte ' +
    'giuseppe marco luca alessandro francesco chiara federica paolo gonzalo ines rui tiago joana mariana'
  ).split(/\s+/),
);
