namespace Kugelpos.MasterData.Settings;

/// <summary>
/// Which value of a setting a terminal gets, as the original resolves it: the value for that very
/// terminal of the store, else the store's value, else a value for neither store nor terminal, else the
/// default. Within one scope the first listed value wins.
/// </summary>
internal static class SettingValueResolution
{
    public static string Resolve(SettingsDocument setting, string storeCode, int terminalNo)
    {
        ArgumentNullException.ThrowIfNull(setting);
        (string? Store, int? Terminal)[] scopes = [(storeCode, terminalNo), (storeCode, null), (null, null)];
        foreach (var (store, terminal) in scopes)
        {
            var match = setting.Values.FirstOrDefault(v => v.StoreCode == store && v.TerminalNo == terminal);
            if (match is not null)
            {
                return match.Value;
            }
        }

        return setting.DefaultValue;
    }
}
