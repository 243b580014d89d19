namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// The generic slots every tenant grammar gets: numbers, prices, times, dates, party sizes, yes/no, ordering,
/// booking, price/hours/location questions. Each rule is a list of JSGF alternatives. Phrasings are kept
/// structured on purpose: a loose <c>&lt;word&gt;+</c> grammar lets PocketSphinx insert junk words.
/// <c>&lt;item&gt;</c> is filled with the tenant's expected phrases by <see cref="TenantGrammarBuilder"/>.
/// </summary>
internal static class TenantGrammarRules
{
    public const string Root = "utterance";
    public const string Item = "item";

    public static IReadOnlyList<(string Name, string[] Alternatives)> Generic { get; } =
    [
        (Root,
        [
            "<yes_no>", "<courtesy>", "<order>", "<price_question>", "<table_request>", "<booking>", "<hours_question>",
            "<location_question>", "<when>", "<time>", "<party>", "<price>", "<cardinal>",
        ]),
        ("yes_no",
        [
            "yes", "no", "yeah", "yep", "nope", "sure", "okay", "correct", "right", "of course", "absolutely",
            "not really", "yes please", "no thanks", "no thank you", "that's right", "that is right", "yes that's right",
        ]),
        ("courtesy", ["hello", "hi", "thank you", "thanks", "thank you very much", "bye", "goodbye"]),
        ("want",
        [
            "i want", "i would like", "i'd like", "can i have", "can i get", "could i have", "give me", "i'll have",
            "we want", "we would like", "we'll have",
        ]),
        // "a"/"an" only after an explicit want-phrase: an optional lone "a" before every item gets inserted at
        // random onsets ("paneer momos" → "a paneer momos").
        ("order_item", ["[<count> | one more] <item>"]),
        ("order", ["[<want>] <order_item> [and <order_item>] [please]", "<want> (a | an) <item> [please]"]),
        ("price_question",
        [
            "how much (is | are | does) [the] <item> [cost]", "how much for [the] <item>",
            "(what is | what's) the price of [the] <item>",
        ]),
        ("party", ["<count> [people | persons | guests | of us]"]),
        ("table_request", ["[<want>] a table for <party> [<when>] [please]"]),
        ("book_intro",
        [
            "i want to", "i would like to", "i'd like to", "i need to", "we want to", "we would like to", "can i",
            "could i", "can we", "could we", "please",
        ]),
        ("booking",
        [
            "[<book_intro>] (book | reserve) a table for <party> [<when>] [please]",
            "[<book_intro>] make a reservation for <party> [<when>] [please]",
        ]),
        ("hours_question",
        [
            "what are your [opening] hours", "when are you open [<day>]", "are you open [<day>]",
            "(when | what time) do you (open | close) [<day>]",
        ]),
        ("location_question",
        [
            "where are you located", "where are you", "(what is | what's) your address", "where is the restaurant",
            "how do i get there",
        ]),
        ("digit", ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]),
        ("count", NumberWords.Units[1..]),
        ("tens", ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]),
        ("below_hundred", ["<count>", "<tens> [<digit>]"]),
        ("cardinal",
        [
            "<below_hundred>", "<digit> hundred [[and] <below_hundred>]",
            "<digit> thousand [<digit> hundred] [[and] <below_hundred>]",
        ]),
        ("price", ["<cardinal> (rupees | dollars | bucks)"]),
        ("hour", ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]),
        ("minute", ["ten", "fifteen", "(twenty | thirty | forty | fifty) [<digit>]", "oh <digit>"]),
        ("time",
        [
            "<hour> [<minute>] [am | pm | o'clock | in the morning | in the evening]", "noon", "midnight",
            "half past <hour>", "quarter (past | to) <hour>",
        ]),
        ("weekday", ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
        ("day",
        [
            "today", "tonight", "tomorrow [morning | afternoon | evening | night]", "the day after tomorrow",
            "this (morning | afternoon | evening | weekend)", "[this | next | on] <weekday> [morning | afternoon | evening | night]",
        ]),
        ("month",
        [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]),
        ("ordinal",
        [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth", "twenty (first | second | third | fourth | fifth | sixth | seventh | eighth | ninth)",
            "thirtieth", "thirty first",
        ]),
        ("date", ["<day>", "[on] [the] <ordinal> [of <month>]", "[on] <month> <ordinal>"]),
        ("when", ["<date> [at <time>]", "at <time> [<date>]"]),
    ];
}
