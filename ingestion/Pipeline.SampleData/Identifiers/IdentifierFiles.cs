using System.Globalization;
using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.SampleData.Identifiers;

/// <summary>
/// The opt-in set of files that identify people and that ingestion must refuse whole: a named export with
/// a national number, e-mail, phone, name and birth date; a file hiding national numbers in an innocent
/// "reference" column; and an operator list with personal contact details.
/// </summary>
internal static class IdentifierFiles
{
    private static readonly string[] LastNames = ["Dubois", "Lambert", "Martin", "Dupont", "Leroy", "Peeters", "Janssens", "Renard", "Simon", "Laurent"];
    private static readonly string[] FirstNames = ["Marie", "Nathalie", "Sofia", "Amina", "Jean", "Mohamed", "Kevin", "Julie", "Thomas", "Fatima"];

    public static IEnumerable<(string RelativePath, string Content, Encoding Encoding)> Create(int seed, int year, int rows)
    {
        var rng = SampleRandom.For(seed, "identifiers", year);
        var people = Enumerable.Range(0, rows).Select(i => Person(rng, i)).ToList();

        var named = new StringBuilder("parcours_id,numero_national,nom,prenom,date_naissance,email,telephone,date_entree\n");
        foreach (var p in people)
        {
            named.Append(CultureInfo.InvariantCulture,
                $"{p.Id},{p.NationalNumber},{p.LastName},{p.FirstName},{p.Birth:yyyy-MM-dd},{p.Email},{p.Phone},{year}-09-01\n");
        }

        // An ALEAP export: Windows line ends on every line, the header included (a lone \n there makes the file unreadable as CSV).
        var hidden = new StringBuilder("acte_id;reference;date;type_acte;thematique\r\n");
        foreach (var p in people)
        {
            hidden.Append(CultureInfo.InvariantCulture, $"{p.Id}-001;{p.NationalNumber};15/10/{year};ENTRETIEN_INDIVIDUEL;LOGEMENT\r\n");
        }

        var contacts = new StringBuilder("operateur_id;type_dispositif;personne_contact;email_contact;gsm\n");
        foreach (var p in people.Take(Math.Max(3, rows / 10)))
        {
            contacts.Append(CultureInfo.InvariantCulture, $"{p.Id};OISP_FORMATION;{p.FirstName} {p.LastName};{p.Email};{p.Phone}\n");
        }

        yield return ($"CAIPS/parcours_{year}_nominatif.csv", named.ToString(), new UTF8Encoding(true));
        yield return ($"ALEAP/accompagnement_acte_{year}_suivi.csv", hidden.ToString(), Windows1252.Encoding);
        yield return ($"FEBISP/operateur_{year}_contacts.csv", contacts.ToString(), new UTF8Encoding(false));
    }

    private static (string Id, string NationalNumber, string LastName, string FirstName, DateOnly Birth, string Email, string Phone) Person(SampleRandom rng, int index)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(rng.Next(365 * 45));
        var last = rng.Pick(LastNames);
        var first = rng.Pick(FirstNames);
        var email = $"{first}.{last}{index}@exemple.be".ToLowerInvariant();
        var phone = string.Create(CultureInfo.InvariantCulture, $"+32 4{rng.Next(70, 100)} {rng.Next(10, 100)} {rng.Next(10, 100)} {rng.Next(10, 100)}");
        return (SampleRandom.Pseudonym("ID", index.ToString(CultureInfo.InvariantCulture)), NationalNumber.Create(birth, 1 + rng.Next(997)), last, first, birth, email, phone);
    }
}
